import type { Pacing, PacingStatus } from '../../api/hooks/performance';
import { Badge, type BadgeTone } from '../../components/Badge';
import { formatMoney, formatRatio } from '../../components/charts/format';
import { cn } from '../../components/cn';

export const PACING_STATUS: Record<PacingStatus, { label: string; tone: BadgeTone; bar: string }> = {
  on_track: { label: 'On track', tone: 'green', bar: 'bg-green-600' },
  underspending: { label: 'Underspending', tone: 'amber', bar: 'bg-amber-500' },
  overspending: { label: 'Overspending', tone: 'red', bar: 'bg-red-600' },
  not_started: { label: 'Not started', tone: 'neutral', bar: 'bg-slate-400' },
  collecting: { label: 'Too early to tell', tone: 'neutral', bar: 'bg-slate-400' },
  ended: { label: 'Ended', tone: 'neutral', bar: 'bg-slate-500' },
};

export function PacingStatusBadge({ status }: { status: PacingStatus }) {
  return <Badge tone={PACING_STATUS[status].tone}>{PACING_STATUS[status].label}</Badge>;
}

const clampShare = (share: number) => Math.max(0, Math.min(1, share));

/** Share of the flight that has passed (0..1). */
export const timeShare = (p: Pacing) => (p.totalDays > 0 ? p.elapsedDays / p.totalDays : 0);

/**
 * Spent share of the budget as a bar, with a tick where spend "should" be if it were spread evenly
 * over the flight and a lighter extension to the projected end-of-flight spend. Decorative: the
 * text beside it (and the table around it) carries the numbers.
 */
export function PacingBar({ pacing, className }: { pacing: Pacing; className?: string }) {
  const spent = clampShare(pacing.spentShare);
  const projected = pacing.budgetMinor > 0 ? clampShare(pacing.projectedMinor / pacing.budgetMinor) : 0;
  const expected = clampShare(timeShare(pacing));
  return (
    <div className={cn('flex min-w-40 flex-col gap-1', className)}>
      <div className="relative h-2.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        {projected > spent && (
          <div className="absolute inset-y-0 left-0 rounded-full bg-slate-300" style={{ width: `${projected * 100}%` }} />
        )}
        <div
          className={cn('absolute inset-y-0 left-0 rounded-full', PACING_STATUS[pacing.status].bar)}
          style={{ width: `${spent * 100}%` }}
        />
        <div className="absolute inset-y-0 w-0.5 bg-slate-900" style={{ left: `calc(${expected * 100}% - 1px)` }} />
      </div>
      <p className="text-xs text-slate-600">
        {formatRatio(pacing.spentShare, { digits: 0 })} of budget spent, {formatRatio(timeShare(pacing), { digits: 0 })} of the flight
        passed
      </p>
    </div>
  );
}

/** "$120.00 of $500.00" */
export function spentOfBudget(p: Pacing): string {
  return `${formatMoney(p.spentMinor, p.currency)} of ${formatMoney(p.budgetMinor, p.currency)}`;
}
