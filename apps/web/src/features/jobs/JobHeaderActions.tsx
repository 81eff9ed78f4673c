import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDeleteJob, type Job } from '../../api/hooks/jobs';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LinkButton } from '../../components/LinkButton';
import { useToast } from '../../components/Toast';
import { isFinal } from './jobStatus';
import { JobStatusActions } from './JobStatusActions';

/** What a recruiter can do with the job from its page: change its status, edit, advertise, delete or archive. */
export function JobHeaderActions({ job }: { job: Job }) {
  const [removing, setRemoving] = useState(false);
  return (
    <>
      <JobStatusActions job={job} />
      {!isFinal(job.status) && <LinkButton to={`/jobs/${job.id}/edit`}>Edit</LinkButton>}
      {job.status !== 'archived' && (
        <>
          {/* The API says whether the job may be advertised (open and before its closing date). */}
          {job.advertisable && <LinkButton to={`/campaigns/new?jobId=${encodeURIComponent(job.id)}`}>Create campaign</LinkButton>}
          <Button variant="ghost" onClick={() => setRemoving(true)}>
            {job.status === 'draft' ? 'Delete' : 'Archive'}
          </Button>
        </>
      )}
      {removing && <RemoveJobDialog job={job} onClose={() => setRemoving(false)} />}
    </>
  );
}

/** Drafts are deleted for good; any other job is archived (hidden, read-only). */
function RemoveJobDialog({ job, onClose }: { job: Job; onClose: () => void }) {
  const navigate = useNavigate();
  const { notify } = useToast();
  const remove = useDeleteJob();
  const draft = job.status === 'draft';
  return (
    <ConfirmDialog
      open
      title={draft ? `Delete “${job.title}”?` : `Archive “${job.title}”?`}
      description={
        draft ? 'The draft is deleted for good.' : 'An archived job is hidden from the list and can no longer be changed or advertised.'
      }
      confirmLabel={draft ? 'Delete draft' : 'Archive job'}
      pending={remove.isPending}
      error={remove.error}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(job.id, {
          onSuccess: () => {
            notify(draft ? `“${job.title}” was deleted.` : `“${job.title}” was archived.`);
            onClose();
            navigate('/jobs');
          },
        })
      }
    />
  );
}
