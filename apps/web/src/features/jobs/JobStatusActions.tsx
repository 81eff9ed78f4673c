import { useState } from 'react';
import { useTransitionJob, type Job, type TransitionTarget } from '../../api/hooks/jobs';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, controlClass } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useToast } from '../../components/Toast';
import { STATUS_LABELS, TRANSITION_ACTIONS } from './jobStatus';

const REASON_MAX = 500;

/**
 * One button per transition the API allows from the job's current status (`job.allowedTransitions`,
 * from the API's status machine: the SPA keeps no copy of it). Close and fill end the
 * job for good, so they ask first (with an optional reason for the audit log).
 */
export function JobStatusActions({ job }: { job: Job }) {
  const transition = useTransitionJob();
  const { notify } = useToast();
  const [confirming, setConfirming] = useState<TransitionTarget | null>(null);
  const [reason, setReason] = useState('');
  const targets = job.allowedTransitions;
  if (targets.length === 0) return null;

  const run = (to: TransitionTarget, why?: string) =>
    transition.mutate(
      { id: job.id, to, ...(why?.trim() ? { reason: why.trim() } : {}) },
      {
        onSuccess: (saved) => {
          notify(`“${saved.title}” ${TRANSITION_ACTIONS[to].done}.`);
          setConfirming(null);
          setReason('');
        },
        onError: (error) => {
          if (!confirming) notify(error.detail, 'error');
        },
      },
    );

  const close = () => {
    setConfirming(null);
    setReason('');
    transition.reset();
  };

  return (
    <>
      {targets.map((to) => (
        <Button
          key={to}
          variant={TRANSITION_ACTIONS[to].confirm ? 'secondary' : 'primary'}
          loading={transition.isPending && transition.variables?.to === to && !confirming}
          onClick={() => {
            transition.reset();
            if (TRANSITION_ACTIONS[to].confirm) setConfirming(to);
            else run(to);
          }}
        >
          {TRANSITION_ACTIONS[to].label(job.status)}
        </Button>
      ))}
      <Dialog
        open={confirming !== null}
        role="alertdialog"
        title={confirming === 'filled' ? `Mark “${job.title}” filled?` : `Close “${job.title}”?`}
        description={`A ${confirming ? STATUS_LABELS[confirming].toLowerCase() : ''} job cannot be reopened or edited, and its campaigns stop advertising it.`}
        onClose={close}
        footer={
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" loading={transition.isPending} onClick={() => confirming && run(confirming, reason)}>
              {confirming === 'filled' ? 'Mark filled' : 'Close job'}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          {confirming && transition.error && <ProblemAlert error={transition.error} />}
          <Field label="Reason (optional)" description="Kept in the audit log." error={transition.error?.fieldError('reason')}>
            {(control) => <textarea rows={3} maxLength={REASON_MAX} className={controlClass(!!transition.error?.fieldError('reason'))} value={reason} onChange={(e) => setReason(e.target.value)} {...control} />}
          </Field>
        </div>
      </Dialog>
    </>
  );
}
