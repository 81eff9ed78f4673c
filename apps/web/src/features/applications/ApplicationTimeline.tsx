import type { TimelineEntry } from '../../api/hooks/applications';
import { DateTime } from '../../components/DateTime';
import { StageBadge } from './stages';

const SOURCE_LABELS: Record<TimelineEntry['source'], string> = { created: 'Recorded', manual: 'Moved by', ats: 'From the ATS' };

/** Stage events oldest first. An event older than the current stage (late ATS update) still shows at its own time. */
export function ApplicationTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol aria-label="Stage timeline" className="flex flex-col divide-y divide-slate-100">
      {entries.map((e, i) => (
        <li key={`${e.stage}-${e.at}-${i}`} className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-baseline sm:gap-3">
          <span className="shrink-0 text-xs text-slate-600">
            <DateTime value={e.at} />
          </span>
          <span className="flex flex-wrap items-baseline gap-2">
            <StageBadge stage={e.stage} />
            <span className="text-slate-700">
              {SOURCE_LABELS[e.source]}
              {e.actor && e.source !== 'ats' ? ` ${e.actor}` : ''}
            </span>
            {e.note && <span className="text-slate-800">“{e.note}”</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
