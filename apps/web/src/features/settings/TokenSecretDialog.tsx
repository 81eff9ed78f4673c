import { useRef } from 'react';
import type { Schema } from '../../api/client';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/icons';

/** The one and only time a token's secret is visible. Closing it drops the secret from memory. */
export function TokenSecretDialog({ created, onClose }: { created: Schema<'CreatedApiTokenDto'> | null; onClose: () => void }) {
  const secretRef = useRef<HTMLInputElement>(null);
  return (
    <Dialog
      open={created !== null}
      title={`Token “${created?.token.name ?? ''}” created`}
      description="Copy the secret now and store it somewhere safe, such as your integration's secret store."
      onClose={onClose}
      initialFocusRef={secretRef}
      footer={
        <Button onClick={onClose}>I have saved the secret</Button>
      }
    >
      {created && (
        <div className="flex flex-col gap-4">
          <div className="flex gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <Icon name="warning" className="size-5 shrink-0" />
            <p>
              <strong>This is the only time the secret is shown.</strong> AdFlux stores only a hash of it. If it is lost, revoke this token and create a new one.
            </p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="token-secret" className="text-sm font-medium text-slate-800">
              Token secret
            </label>
            <div className="flex gap-2">
              <input
                ref={secretRef}
                id="token-secret"
                readOnly
                value={created.secret}
                onFocus={(e) => e.currentTarget.select()}
                className="block w-full min-w-0 rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-600"
              />
              <CopyButton value={created.secret} label="Copy secret" />
            </div>
          </div>
        </div>
      )}
    </Dialog>
  );
}
