import { useMemo } from 'react';
import { useActiveCampaigns, useBreakdown, useCampaignsMetrics, type DateRange, type Pacing } from '../../api/hooks/performance';
import { formatCount, formatMoney } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { Table, type Column } from '../../components/Table';
import { NameLink } from './kpiColumns';
import { PacingBar, PacingStatusBadge } from './PacingBar';

/** How many campaigns the dashboard fetches pacing for (one request each). */
export const PACING_LIMIT = 8;

interface PacingRow {
  id: string;
  name: string;
  pacing: Pacing | undefined;
  error: unknown;
}

const columns: Column<PacingRow>[] = [
  { key: 'name', header: 'Campaign', rowHeader: true, cell: (r) => <NameLink to={`/campaigns/${r.id}`}>{r.name}</NameLink> },
  {
    key: 'bar',
    header: 'Pacing',
    className: 'w-1/3',
    cell: (r) =>
      r.pacing ? (
        <PacingBar pacing={r.pacing} />
      ) : r.error ? (
        <span className="text-red-700">Could not load pacing</span>
      ) : (
        <span className="text-slate-500">Loading…</span>
      ),
  },
  {
    key: 'spent',
    header: 'Spent',
    className: 'text-right tabular-nums',
    cell: (r) => (r.pacing ? formatMoney(r.pacing.spentMinor, r.pacing.currency) : ''),
  },
  {
    key: 'budget',
    header: 'Budget',
    className: 'text-right tabular-nums',
    cell: (r) => (r.pacing ? formatMoney(r.pacing.budgetMinor, r.pacing.currency) : ''),
  },
  {
    key: 'projected',
    header: 'Projected',
    className: 'text-right tabular-nums',
    cell: (r) => (r.pacing ? formatMoney(r.pacing.projectedMinor, r.pacing.currency) : ''),
  },
  {
    key: 'days',
    header: 'Days',
    className: 'text-right tabular-nums whitespace-nowrap',
    cell: (r) => (r.pacing ? `${formatCount(r.pacing.elapsedDays)} of ${formatCount(r.pacing.totalDays)}` : ''),
  },
  { key: 'status', header: 'Status', cell: (r) => (r.pacing ? <PacingStatusBadge status={r.pacing.status} /> : null) },
];

/**
 * Budget pacing of the active campaigns that spent most in the period (up to PACING_LIMIT): the
 * campaigns list says which are active, the campaign breakdown orders them, and each campaign's
 * metrics carry its pacing (lifetime spend against budget, in the campaign's own currency).
 */
export function BudgetPacing({ range }: { range: DateRange }) {
  const active = useActiveCampaigns();
  const breakdown = useBreakdown('campaign', range);
  const top = useMemo(() => {
    const spend = new Map((breakdown.data?.rows ?? []).map((r) => [r.key, r.spendMinor]));
    return [...(active.data ?? [])]
      .sort((a, b) => (spend.get(b.id) ?? 0) - (spend.get(a.id) ?? 0) || a.name.localeCompare(b.name))
      .slice(0, PACING_LIMIT);
  }, [active.data, breakdown.data]);
  const metrics = useCampaignsMetrics(
    top.map((c) => c.id),
    range,
  );

  if (active.isError) return <ProblemAlert error={active.error} />;
  if (active.isPending || breakdown.isPending) return <LoadingBlock label="Loading budget pacing…" />;
  const rows: PacingRow[] = top.map((c, i) => ({ id: c.id, name: c.name, pacing: metrics[i]?.data?.pacing, error: metrics[i]?.error }));
  const more = (active.data?.length ?? 0) - rows.length;
  return (
    <div className="flex flex-col gap-2">
      <Table
        caption="Budget pacing of active campaigns"
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty="No active campaigns."
      />
      <p className="text-xs text-slate-600">
        The dark tick marks where spend would be if the budget were spread evenly over the flight; the light bar shows the projected spend
        at the end.
        {more > 0 && ` Showing the ${rows.length} active campaigns that spent most in this period; ${more} more are active.`}
      </p>
    </div>
  );
}
