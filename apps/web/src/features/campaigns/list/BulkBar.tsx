import { useState } from 'react';
import { useBulkCampaignAction, type BulkCampaignAction, type BulkCampaignResult } from '../../../api/hooks/campaigns';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ProblemAlert } from '../../../components/ProblemAlert';

const DONE: Record<BulkCampaignAction, string> = { pause: 'pausing', resume: 'resuming', archive: 'archiving' };

interface BulkBarProps {
  selected: readonly string[];
  names: ReadonlyMap<string, string>;
  onDone: () => void;
}

/** Pause, resume or archive the selected campaigns at once; says which were refused and why. */
export function BulkBar({ selected, names, onDone }: BulkBarProps) {
  const bulk = useBulkCampaignAction();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [result, setResult] = useState<BulkCampaignResult | null>(null);
  const run = (action: BulkCampaignAction) =>
    bulk.mutate({ action, campaignIds: [...selected] }, {
      onSuccess: (answer) => {
        setResult(answer);
        setConfirmArchive(false);
        onDone();
      },
    });
  if (selected.length === 0 && !result) return null;
  return (
    <div role="region" aria-label="Bulk actions" className="flex flex-col gap-2 rounded-lg bg-indigo-50 p-3 ring-1 ring-indigo-200">
      {selected.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-2 text-sm font-medium text-indigo-900">{selected.length} selected</p>
          <Button size="sm" variant="secondary" onClick={() => run('pause')} loading={bulk.isPending && bulk.variables?.action === 'pause'}>Pause</Button>
          <Button size="sm" variant="secondary" onClick={() => run('resume')} loading={bulk.isPending && bulk.variables?.action === 'resume'}>Resume</Button>
          <Button size="sm" variant="secondary" onClick={() => setConfirmArchive(true)}>Archive</Button>
        </div>
      )}
      {bulk.isError && <ProblemAlert error={bulk.error} />}
      {result && <BulkOutcome result={result} names={names} />}
      <ConfirmDialog
        open={confirmArchive}
        title={`Archive ${selected.length} campaigns?`}
        description="Archiving removes the ads from every platform; it cannot be undone."
        confirmLabel="Archive"
        onConfirm={() => run('archive')}
        onCancel={() => setConfirmArchive(false)}
        pending={bulk.isPending}
      />
    </div>
  );
}

function BulkOutcome({ result, names }: { result: BulkCampaignResult; names: ReadonlyMap<string, string> }) {
  const refused = result.results.filter((r) => r.outcome !== 'accepted');
  return (
    <div role="status" className="text-sm text-slate-800">
      <p>
        {result.accepted} {result.accepted === 1 ? 'campaign' : 'campaigns'} {DONE[result.action]}
        {refused.length > 0 && `; ${refused.length} refused:`}
      </p>
      {refused.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {refused.map((r) => (
            <li key={r.campaignId}>
              {names.get(r.campaignId) ?? r.campaignId}: {r.detail}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
