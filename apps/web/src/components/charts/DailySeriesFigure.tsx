import { useMemo, type ReactNode } from 'react';
import { Table, type Column } from '../Table';
import { csvDataHref, tableCsvColumns } from '../csv';
import { ChartFigure } from './ChartFigure';
import { DailyBars } from './DailyBars';
import { ExportCsvLink } from './ExportCsvLink';
import { formatDay, formatRange, moneyCellValue } from './format';
import { seriesColor } from './palette';
import { pivotSeries, type DayRange, type LongRow, type PivotedDay } from './pivot';

interface DailySeriesFigureProps {
  title: string;
  description?: ReactNode;
  /** Long-format rows from the API (date, key, label, value); pivoted and gap-filled here. */
  rows: readonly LongRow[] | undefined;
  range: DayRange;
  formatValue: (value: number) => string;
  /** Short form for axis ticks, given the tallest day so every tick gets one precision; defaults to `formatValue`. */
  formatTick?: (value: number, axisMax: number) => string;
  /** How a group key is shown (e.g. "meta" → "Meta"). */
  labelOf?: (row: { key: string; label: string }) => string;
  loading?: boolean;
  actions?: ReactNode;
  /** An "Export CSV" of the day-by-group table (headers as shown; money in units, its currency in the headers). */
  exportCsv?: { what: string; filename: string; currency?: string };
  emptyText?: string;
  headingLevel?: 2 | 3 | 4;
  height?: number;
}

/** One metric per day, stacked by group (platform, campaign…), with a day-by-group table view. */
export function DailySeriesFigure({
  title,
  description,
  rows,
  range,
  formatValue,
  formatTick = formatValue,
  labelOf = (s) => s.label,
  loading,
  actions,
  exportCsv,
  emptyText = 'Nothing in this period.',
  headingLevel,
  height = 260,
}: DailySeriesFigureProps) {
  const pivot = useMemo(() => pivotSeries(rows ?? [], range), [rows, range]);
  const axisMax = pivot.days.reduce((max, d) => Math.max(max, d.total), 0);
  const series = pivot.series.map((s, i) => ({ ...s, name: labelOf(s), color: seriesColor(s.key, i) }));
  const parts = series.map((s) => `${s.name} ${formatValue(s.total)}`).join(', ');
  const summary = `${title}, ${formatRange(range)}: ${formatValue(pivot.total)} in total${series.length > 1 ? ` (${parts})` : ''}.`;

  const unit = exportCsv?.currency;
  const cellValue = (v: number) => (unit ? moneyCellValue(v, unit) : v);
  const csvHeader = (name: string) => (unit ? `${name} (${unit})` : name);
  const columns: Column<PivotedDay>[] = [
    { key: 'date', header: 'Date', rowHeader: true, cell: (d) => <time dateTime={d.date}>{formatDay(d.date, true)}</time>, csv: (d) => d.date },
    ...series.map((s) => ({
      key: `s:${s.key}`,
      header: s.name,
      className: 'text-right tabular-nums',
      cell: (d: PivotedDay) => formatValue(d.values[s.key] ?? 0),
      csvHeader: csvHeader(s.name),
      csv: (d: PivotedDay) => cellValue(d.values[s.key] ?? 0),
    })),
    ...(series.length > 1
      ? [{ key: 'total', header: 'Total', className: 'text-right tabular-nums', cell: (d: PivotedDay) => formatValue(d.total), csvHeader: csvHeader('Total'), csv: (d: PivotedDay) => cellValue(d.total) }]
      : []),
  ];

  const chart = <DailyBars days={pivot.days} series={series} height={height} axisMax={axisMax} formatValue={formatValue} formatTick={formatTick} />;

  return (
    <ChartFigure
      title={title}
      description={description}
      summary={summary}
      headingLevel={headingLevel}
      loading={loading && !rows}
      empty={!loading && pivot.total === 0 ? emptyText : undefined}
      actions={
        exportCsv ? (
          <>
            {actions}
            <ExportCsvLink what={exportCsv.what} filename={exportCsv.filename} href={csvDataHref(tableCsvColumns(columns), pivot.days)} />
          </>
        ) : (
          actions
        )
      }
      chart={chart}
      reservedHeight={height}
      table={<Table caption={title} captionHidden columns={columns} rows={pivot.days} rowKey={(d) => d.date} />}
    />
  );
}
