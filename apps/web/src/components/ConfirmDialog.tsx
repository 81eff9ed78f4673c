import { useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  tone?: 'danger' | 'primary';
}

/** "Are you sure?" for destructive actions; Cancel has the initial focus so Enter never destroys by accident. */
export function ConfirmDialog({ open, title, description, confirmLabel, onConfirm, onCancel, pending, error, tone = 'danger' }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      role="alertdialog"
      title={title}
      description={description}
      onClose={onCancel}
      initialFocusRef={cancelRef}
      footer={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant={tone} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error ? <ProblemAlert error={error} /> : null}
    </Dialog>
  );
}
