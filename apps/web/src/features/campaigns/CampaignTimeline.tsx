import { Badge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import type { CampaignEvent, Publication } from '../../api/hooks/campaigns';
import { useCampaignEvents } from '../../api/hooks/campaigns';
import { useOnJobFinished } from '../../api/hooks/jobProgress';

const LEVELS = { info: null, warn: <Badge tone="amber">Warning</Badge>, error: <Badge tone="red">Error</Badge> } as const;

/** Every request, publishing step, retry, error and automatic pause, oldest first. */
export function CampaignTimeline({ campaignId, publications, poll }: { campaignId: string; publications: readonly Publication[]; poll: boolean }) {
  const events = useCampaignEvents(campaignId, poll);
  const { refetch } = events;
  // The last steps land just before the campaign stops being busy: read once more when polling ends.
  useOnJobFinished(poll, () => void refetch());
  if (events.isError) return <ProblemAlert error={events.error} />;
  if (!events.data) return <LoadingBlock label="Loading timeline…" />;
  const platformOf = new Map(publications.map((p) => [p.id, p.platformLabel]));
  return (
    <ol aria-label="Timeline" className="flex flex-col divide-y divide-slate-100">
      {events.data.map((e: CampaignEvent) => (
        <li key={e.id} className="flex flex-col gap-0.5 py-2 text-sm sm:flex-row sm:items-baseline sm:gap-3">
          <span className="shrink-0 text-xs text-slate-600">
            <DateTime value={e.at} />
          </span>
          <span className="flex flex-wrap items-baseline gap-2">
            {LEVELS[e.level]}
            {e.publicationId && platformOf.get(e.publicationId) && <span className="font-medium text-slate-700">{platformOf.get(e.publicationId)}</span>}
            <span className={e.level === 'error' ? 'text-red-800' : 'text-slate-800'}>{e.message}</span>
            {e.actor && <span className="text-xs text-slate-500">by {e.actor}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
