import { useState } from 'react';
import { Button } from '../../components/Button';
import { FairnessOverrideDialog } from './FairnessOverrideDialog';

interface Props {
  warnings: ReadonlyArray<{ field: string; message: string }>;
  /** Only admins may override; others see who can. */
  canOverride: boolean;
  reason: string;
  onReason: (reason: string) => void;
}

/**
 * The fairness audit in the wizard's review: flagged segments (creating needs an admin override
 * with a reason) and targeted cities that may exclude some groups (a warning).
 */
export function FairnessReview({ warnings, canOverride, reason, onReason }: Props) {
  const [open, setOpen] = useState(false);
  if (warnings.length === 0) return null;
  const flagged = warnings.filter((w) => w.field === 'segmentIds').map((w) => w.message);
  return (
    <section aria-labelledby="review-fairness" className="flex flex-col gap-2 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
      <h4 id="review-fairness" className="font-semibold">
        Fairness audit
      </h4>
      <ul className="list-disc pl-5">
        {warnings.map((w) => (
          <li key={`${w.field}:${w.message}`}>{w.message}</li>
        ))}
      </ul>
      {flagged.length > 0 &&
        (reason ? (
          <p>
            Overridden: “{reason}”{' '}
            <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
              Change reason
            </Button>
          </p>
        ) : canOverride ? (
          <Button variant="danger" size="sm" className="self-start" onClick={() => setOpen(true)}>
            Override with a reason…
          </Button>
        ) : (
          <p>Only an admin can override the audit: saving is refused until one does, or choose other segments.</p>
        ))}
      {open && (
        <FairnessOverrideDialog
          open
          flagged={flagged}
          initialReason={reason}
          onCancel={() => setOpen(false)}
          onConfirm={(r) => {
            onReason(r);
            setOpen(false);
          }}
        />
      )}
    </section>
  );
}
