import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isSyncPending, useCampaignSyncStatus, useSyncCampaign } from '../../api/hooks/performance';
import { performanceKeys } from '../../api/queryKeys';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { syncOutcomeText } from './syncOutcome';

/**
 * "Sync now": queues the sync, follows its saved request until the job has run, then says what it
 * brought ("+4 impressions", "Nothing new: delivery starts 09:00") in a toast and beside the button.
 */
export function SyncNow({ campaignId, deliveryStartsAt }: { campaignId: string; deliveryStartsAt?: string | null }) {
  const sync = useSyncCampaign();
  const status = useCampaignSyncStatus(campaignId);
  const { notify } = useToast();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<string | null>(null);
  // Waiting for a request's outcome: from the click's answer, or from seeing a request pending. The
  // click cannot rely on seeing it pending: a quick job (nothing to fetch yet) can be done before the
  // first read after the POST, which the mutation refetches before its own onSuccess runs.
  const [awaiting, setAwaiting] = useState(false);
  const request = status.data?.request;
  const pending = isSyncPending(status.data);

  useEffect(() => {
    if (pending) setAwaiting(true);
    else if (awaiting && request) {
      setAwaiting(false);
      const text = syncOutcomeText(request, deliveryStartsAt);
      setResult(text);
      notify(text, request.error ? 'error' : undefined);
      void queryClient.invalidateQueries({ queryKey: performanceKeys.all });
    }
  }, [pending, awaiting, request, deliveryStartsAt, notify, queryClient]);

  const run = () => {
    setResult(null);
    sync.mutate(campaignId, { onSuccess: () => setAwaiting(true), onError: (error) => notify(error.detail, 'error') });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm text-slate-700">
        {pending ? 'Syncing…' : result}
      </p>
      <Button variant="secondary" onClick={run} loading={sync.isPending || pending}>
        Sync now
      </Button>
    </div>
  );
}
