import { useId } from 'react';
import { useBreakdown, type BreakdownRow } from '../../api/hooks/performance';
import { Badge } from '../../components/Badge';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { formatMoney } from '../../components/charts/format';
import { HorizontalBars } from '../../components/charts/HorizontalBars';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { useDateRange } from './dateRange';
import { breakdownColumns } from './kpiColumns';
import { PerformanceHeader } from './PerformanceHeader';

const HIGHLIGHT = '#4f46e5';
const OTHERS = '#94a3b8';

/** Cheapest applicants first; segments without applicants last, by spend. */
export function bySegmentCost(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return [...rows].sort((a, b) => {
    if (a.costPerApplicantMinor === null || b.costPerApplicantMinor === null) {
      if (a.costPerApplicantMinor !== b.costPerApplicantMinor) return a.costPerApplicantMinor === null ? 1 : -1;
      return b.spendMinor - a.spendMinor;
    }
    return a.costPerApplicantMinor - b.costPerApplicantMinor;
  });
}

/**
 * How segments compare as advertising targets over the period (a campaign aimed at two segments
 * gives each half of its numbers). With `segmentId`, that segment is highlighted.
 */
export function SegmentPerformanceTable({ segmentId, showRangePicker = true }: { segmentId?: string; showRangePicker?: boolean }) {
  const headingId = useId();
  const { range } = useDateRange();
  const breakdown = useBreakdown('segment', range);
  const currency = breakdown.data?.currency ?? 'USD';
  const rows = bySegmentCost(breakdown.data?.rows ?? []);
  const charted = rows.filter((r) => r.costPerApplicantMinor !== null);
  const current = rows.find((r) => r.key === segmentId);
  const money = (v: number) => formatMoney(v, currency);
  const columns = breakdownColumns(currency, {
    nameHeader: 'Segment',
    linkTo: (r) => (r.key === segmentId ? undefined : `/segments/${r.key}`),
  });
  const nameColumn = columns[0]!;
  columns[0] = {
    ...nameColumn,
    cell: (r) => (
      <span className="flex items-center gap-2">
        {nameColumn.cell(r)}
        {r.key === segmentId && <Badge tone="indigo">This segment</Badge>}
      </span>
    ),
  };
  const summary = `Cost per applicant by segment: ${charted.map((r) => `${r.label} ${money(r.costPerApplicantMinor!)}`).join('; ')}.${
    segmentId && !current ? ' This segment has no delivery in the period.' : ''
  }`;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <PerformanceHeader
        id={headingId}
        title="Performance by segment"
        description="What advertising to each segment cost and brought; a campaign aimed at several segments is split evenly between them."
        showRangePicker={showRangePicker}
      />
      {breakdown.isError && <ProblemAlert error={breakdown.error} />}
      <ChartFigure
        title="Cost per applicant by segment"
        description={
          segmentId
            ? current
              ? 'This segment is highlighted.'
              : 'This segment had no delivery in this period.'
            : 'Cheapest applicants first.'
        }
        summary={summary}
        loading={breakdown.isPending}
        empty={rows.length === 0 ? 'No segment was advertised to in this period.' : undefined}
        actions={<ExportCsvLink what="performance by segment" filename={`performance-by-segment-${range.from}-${range.to}.csv`} href={csvDataHref(tableCsvColumns(columns), rows)} />}
        headingLevel={3}
        chart={
          charted.length ? (
            <HorizontalBars
              data={charted.map((r) => ({
                key: r.key,
                label: r.label,
                value: r.costPerApplicantMinor!,
                color: segmentId ? (r.key === segmentId ? HIGHLIGHT : OTHERS) : HIGHLIGHT,
              }))}
              valueName="Cost per applicant"
              formatValue={money}
              formatTick={(v, max) => formatMoney(v, currency, { style: 'auto', scaleMinor: max })}
            />
          ) : (
            <p className="py-6 text-center text-sm text-slate-600">No segment has applicants yet: see the table for spend and clicks.</p>
          )
        }
        table={<Table caption="Performance by segment" captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} />}
      />
    </section>
  );
}
