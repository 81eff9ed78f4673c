import { useState } from 'react';
import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import { useBreakdown, type BreakdownRow, type DateRange, type GroupBy } from '../../api/hooks/performance';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { SelectField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { breakdownColumns } from './kpiColumns';

export const GROUPS: Record<
  GroupBy,
  { label: string; header: string; linkTo?: (r: BreakdownRow) => string; platformLabels?: boolean }
> = {
  platform: { label: 'Platform', header: 'Platform', platformLabels: true },
  campaign: { label: 'Campaign', header: 'Campaign', linkTo: (r) => `/campaigns/${r.key}` },
  job: { label: 'Job', header: 'Job', linkTo: (r) => `/jobs/${r.key}` },
  segment: { label: 'Segment', header: 'Segment', linkTo: (r) => `/segments/${r.key}` },
};

const bySpend = (rows: readonly BreakdownRow[]) => [...rows].sort((a, b) => b.spendMinor - a.spendMinor || a.label.localeCompare(b.label));

/** Every KPI per platform, campaign, job or segment over the period, biggest spend first. */
export function BreakdownSection({ range }: { range: DateRange }) {
  const [by, setBy] = useState<GroupBy>('platform');
  const breakdown = useBreakdown(by, range);
  const group = GROUPS[by];
  const platformLabel = usePlatformLabel();
  const currency = breakdown.data?.currency ?? 'USD';
  const columns = breakdownColumns(currency, { nameHeader: group.header, linkTo: group.linkTo, labelOf: group.platformLabels ? (r) => platformLabel(r.label) : undefined });
  const rows = breakdown.data && breakdown.data.by === by ? bySpend(breakdown.data.rows) : undefined;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label="Break down by"
          className="w-48"
          value={by}
          onChange={(e) => setBy(e.target.value as GroupBy)}
          options={Object.entries(GROUPS).map(([value, g]) => ({ value, label: g.label }))}
        />
        <ExportCsvLink what={`performance by ${by}`} filename={`performance-by-${by}-${range.from}-${range.to}.csv`} href={csvDataHref(tableCsvColumns(columns), rows ?? [])} />
      </div>
      {breakdown.isError && <ProblemAlert error={breakdown.error} />}
      <Table
        caption={`Performance by ${by}`}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        loading={breakdown.isFetching}
        empty="No delivery in this period."
      />
    </div>
  );
}
