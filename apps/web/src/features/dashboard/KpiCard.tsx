import { useId } from 'react';
import { formatChange } from '../../components/charts/format';
import { cn } from '../../components/cn';

/** Whether a rise is good news (applications), bad news (cost per applicant) or neither. */
export type Direction = 'up' | 'down' | 'neutral';

interface KpiCardProps {
  label: string;
  /** The formatted current value ("$1,234.56"). */
  value: string;
  /**
   * Relative change against the previous period (0.25 = +25 %). `null`: no comparison possible
   * (nothing in the previous period); `undefined`: this card shows no comparison at all.
   */
  change?: number | null;
  /** The formatted previous value, read out with the change. */
  previous?: string;
  /** e.g. "previous 30 days" */
  comparedTo?: string;
  better?: Direction;
}

/** A headline figure with its change against the previous period: arrow, sign, and words for screen readers. */
export function KpiCard({ label, value, change, previous, comparedTo = 'previous period', better = 'up' }: KpiCardProps) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-col gap-1 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <p id={labelId} className="text-sm font-medium text-slate-600">
        {label}
      </p>
      <p className="text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</p>
      {change !== undefined && <DeltaLine change={change} previous={previous} comparedTo={comparedTo} better={better} />}
    </div>
  );
}

function DeltaLine({
  change,
  previous,
  comparedTo,
  better,
}: {
  change: number | null;
  previous?: string;
  comparedTo: string;
  better: Direction;
}) {
  const was = previous ? ` (was ${previous})` : '';
  if (change === null) {
    return <p className="min-h-8 text-xs text-slate-500">No comparison: nothing in the {comparedTo}</p>;
  }
  // Changes that round to 0.0 % read as no change.
  if (Math.round(change * 1000) === 0) {
    return (
      <p className="min-h-8 text-xs text-slate-600">
        No change vs {comparedTo}
        {was}
      </p>
    );
  }
  const rising = change > 0;
  const good = better === 'neutral' ? null : (better === 'up') === rising;
  return (
    <p
      className={cn(
        // Two lines held whether or not the text wraps: cards keep one height while figures load and change.
        'flex min-h-8 flex-wrap items-baseline gap-x-1 text-xs font-medium',
        good === null ? 'text-slate-700' : good ? 'text-green-700' : 'text-red-700',
      )}
    >
      <span aria-hidden="true">{rising ? '▲' : '▼'}</span>
      <span className="sr-only">{rising ? 'Up' : 'Down'}</span>
      <span className="tabular-nums">{formatChange(change)}</span>
      <span className="font-normal text-slate-600">
        vs {comparedTo}
        {was}
      </span>
    </p>
  );
}
