import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The API's minimum: a reason someone can audit later, not "ok". */
export const MIN_REASON_LENGTH = 10;

interface Props {
  open: boolean;
  /** What the audit flagged (the preview's fairness warnings). */
  flagged: readonly string[];
  initialReason?: string;
  pending?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** An admin's override of the fairness audit: states why targeting flagged segments is justified (audited). */
export function FairnessOverrideDialog({ open, flagged, initialReason = '', pending, error, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState(initialReason);
  const [tooShort, setTooShort] = useState(false);
  const id = useId();
  const confirm = () => {
    if (reason.trim().length < MIN_REASON_LENGTH) return setTooShort(true);
    onConfirm(reason.trim());
  };
  return (
    <Dialog
      open={open}
      role="alertdialog"
      title="Override the fairness audit"
      description="The reason is recorded with your name on the campaign and in the audit log."
      onClose={onCancel}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" loading={pending} onClick={confirm}>
            Override with this reason
          </Button>
        </>
      }
    >
      <ul className="mb-3 list-disc pl-5 text-sm text-red-900">
        {flagged.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        Why is targeting these segments justified?
      </label>
      <textarea
        id={id}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setTooShort(false);
        }}
        rows={4}
        aria-invalid={tooShort || undefined}
        aria-describedby={tooShort ? `${id}-error` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 p-2 text-sm"
      />
      {tooShort && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          Give a reason of at least {MIN_REASON_LENGTH} characters.
        </p>
      )}
      {error !== undefined && error !== null && <ProblemAlert error={error} />}
    </Dialog>
  );
}
