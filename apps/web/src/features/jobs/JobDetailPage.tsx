import { useParams } from 'react-router-dom';
import { useJob, type Job } from '../../api/hooks/jobs';
import { useCan } from '../../app/permissions';
import { DetailPageShell } from '../../components/DetailPageShell';
import { PageHeader } from '../../components/PageHeader';
import { UrlTabs } from '../../components/UrlTabs';
import { JobPipelinePanel } from '../applications/JobPipelinePanel';
import { JobAdvertisingPanel } from '../dashboard/JobAdvertisingPanel';
import { JobDetails } from './JobFacts';
import { JobHeaderActions } from './JobHeaderActions';
import { formatLocation, JobStatusBadge } from './jobStatus';

/** /jobs/:id — the job, its status actions, and its advertising. */
export function JobDetailPage() {
  const { id = '' } = useParams();
  return (
    <DetailPageShell query={useJob(id)} back={{ to: '/jobs', label: '← All jobs' }} loadingLabel="Loading job…">
      {(job) => <JobDetail job={job} />}
    </DetailPageShell>
  );
}

function JobDetail({ job }: { job: Job }) {
  const can = useCan();
  return (
    <>
      <PageHeader
        title={job.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <JobStatusBadge status={job.status} />
            <span>
              {job.company}
              {job.department ? ` · ${job.department}` : ''} · {formatLocation(job)}
            </span>
          </span>
        }
        actions={can('mutate') && <JobHeaderActions job={job} />}
      />
      <UrlTabs
        label="Job sections"
        idPrefix="job"
        tabs={[
          { id: 'details', label: 'Details', panel: () => <JobDetails job={job} /> },
          { id: 'advertising', label: 'Advertising', panel: () => <JobAdvertisingPanel jobId={job.id} /> },
          { id: 'pipeline', label: 'Pipeline', panel: () => <JobPipelinePanel jobId={job.id} /> },
        ]}
      />
    </>
  );
}
