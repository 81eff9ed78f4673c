import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors';
import { useJob, type Job } from '../../api/hooks/jobs';
import { ForbiddenPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { FIELDS_IN_ORDER } from './jobForm';
import { JobApplyingSection, JobBasicsSection, JobPaySection, JobWhereSection } from './JobFormSections';
import { WordingCheck } from '../creatives/WordingCheck';
import { STATUS_LABELS } from './jobStatus';
import { useJobForm } from './useJobForm';

/** /jobs/new */
export function NewJobPage() {
  const can = useCan();
  if (!can('mutate')) return <ForbiddenPage />;
  return <JobForm />;
}

/** /jobs/:id/edit */
export function EditJobPage() {
  const { id = '' } = useParams();
  const can = useCan();
  const job = useJob(id);
  if (!can('mutate')) return <ForbiddenPage />;
  if (job.isError) return <ProblemAlert error={job.error} />;
  if (!job.data) return <LoadingBlock label="Loading job…" />;
  return <JobForm key={job.data.id} job={job.data} />;
}

function JobForm({ job }: { job?: Job }) {
  const form = useJobForm(job);
  const { mutation, locked } = form;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={job ? `Edit ${job.title}` : 'New job'}
        description={
          job
            ? `Status: ${STATUS_LABELS[job.status]}. Changes to an open job show in its ads at the next sync.`
            : 'A new job starts as a draft; open it when it is ready to advertise.'
        }
      />
      {locked && (
        <ProblemAlert
          error={
            new ApiError({
              status: 409,
              title: 'This job can no longer be edited',
              detail: `It is ${job!.status}; closed, filled and archived jobs keep their last version.`,
            })
          }
        />
      )}
      <form ref={form.formRef} noValidate onSubmit={form.submit} className="flex flex-col gap-6" aria-label={job ? 'Edit job' : 'New job'}>
        {mutation.error && <ProblemAlert error={mutation.error} inlineFields={FIELDS_IN_ORDER} />}
        <JobBasicsSection form={form} />
        <JobWhereSection form={form} />
        <JobPaySection form={form} />
        <JobApplyingSection form={form} />
        <WordingCheck
          internship={form.values.employmentType === 'internship'}
          fields={{ title: { label: 'Title', text: form.values.title }, shortDescription: { label: 'Short description', text: form.values.shortDescription }, description: { label: 'Description', text: form.values.description } }}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <LinkButton to={job ? `/jobs/${job.id}` : '/jobs'}>Cancel</LinkButton>
          <Button type="submit" loading={mutation.isPending} disabled={locked}>
            {job ? 'Save changes' : 'Create job'}
          </Button>
        </div>
      </form>
    </div>
  );
}
