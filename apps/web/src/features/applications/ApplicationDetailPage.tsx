import { useParams } from 'react-router-dom';
import { useApplication, type ApplicationDetail } from '../../api/hooks/applications';
import { useCan } from '../../app/permissions';
import { Card } from '../../components/Card';
import { DateTime } from '../../components/DateTime';
import { DetailPageShell } from '../../components/DetailPageShell';
import { Fact } from '../../components/Fact';
import { PageHeader } from '../../components/PageHeader';
import { PlatformLabel } from '../../components/PlatformLabel';
import { TextLink } from '../../components/TextLink';
import { ApplicationNotes } from './ApplicationNotes';
import { ApplicationTimeline } from './ApplicationTimeline';
import { StageActions } from './StageActions';
import { StageBadge } from './stages';

/** /applications/:id — who applied, through which ad, the stage moves, notes and the timeline. */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  return (
    <DetailPageShell query={useApplication(id)} back={{ to: '/applications', label: '← All applications' }} loadingLabel="Loading application…">
      {(application) => <ApplicationView application={application} />}
    </DetailPageShell>
  );
}

function ApplicationView({ application: a }: { application: ApplicationDetail }) {
  const can = useCan();
  return (
    <>
      <PageHeader title={a.candidateEmail ?? a.externalId ?? 'Application'} description={<StageBadge stage={a.stage} />} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          {can('mutate') && <StageActions application={a} />}
          <Card title="Timeline">
            <ApplicationTimeline entries={a.timeline} />
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Card title="Details">
            <dl className="flex flex-col gap-2 text-sm">
              <Fact label="Job">{a.jobId ? <TextLink to={`/jobs/${a.jobId}`}>{a.jobTitle ?? 'Job'}</TextLink> : '—'}</Fact>
              <Fact label="Campaign">{a.campaignId ? <TextLink to={`/campaigns/${a.campaignId}`}>{a.campaignName ?? 'Campaign'}</TextLink> : '—'}</Fact>
              <Fact label="Platform">{a.platform ? <PlatformLabel code={a.platform} /> : 'Unattributed'}</Fact>
              <Fact label="Candidate">{a.candidateId ? <TextLink to={`/candidates/${a.candidateId}`}>Candidate record</TextLink> : 'No matching record'}</Fact>
              <Fact label="Source">{a.source}</Fact>
              <Fact label="External id">{a.externalId ?? '—'}</Fact>
              <Fact label="Received"><DateTime value={a.createdAt} /></Fact>
            </dl>
          </Card>
          <ApplicationNotes application={a} editable={can('mutate')} />
        </div>
      </div>
    </>
  );
}
