import type { SyncRequestStatus } from '../../api/hooks/performance';
import { formatCount, formatMoney } from '../../components/charts/format';
import { formatStartTime, isAhead } from '../../components/startTime';

const plural = (n: number, one: string, many: string) => `${n > 0 ? '+' : '−'}${formatCount(Math.abs(n))} ${Math.abs(n) === 1 ? one : many}`;

/**
 * How a finished "Sync now" ended, in words: what it added ("+4 impressions, +1 click"), or why
 * nothing came ("Nothing new: delivery starts 09:00"), or the platform's error.
 */
export function syncOutcomeText(request: SyncRequestStatus, deliveryStartsAt: string | null | undefined, now: Date = new Date()): string {
  if (request.error) return `Sync failed: ${request.error}`;
  const o = request.outcome;
  const parts = o
    ? [
        o.impressions !== 0 && plural(o.impressions, 'impression', 'impressions'),
        o.clicks !== 0 && plural(o.clicks, 'click', 'clicks'),
        o.spendReportingMinor !== 0 && `${o.spendReportingMinor > 0 ? '+' : '−'}${formatMoney(Math.abs(o.spendReportingMinor), o.currency)} spend`,
      ].filter((p): p is string => !!p)
    : [];
  if (parts.length > 0) return `Synced: ${parts.join(', ')}`;
  if (isAhead(deliveryStartsAt, now)) return `Nothing new: delivery starts ${formatStartTime(deliveryStartsAt, now)}`;
  return 'Nothing new since the last sync.';
}
