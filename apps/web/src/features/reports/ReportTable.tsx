import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import type { DateRange } from '../../api/hooks/performance';
import { useReport, type ReportKind } from '../../api/hooks/reports';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Table } from '../../components/Table';
import { reportColumns } from './reportColumns';

const TITLES: Record<ReportKind, string> = { campaigns: 'Report per campaign', jobs: 'Report per job', segments: 'Report per segment' };
const EMPTY: Record<ReportKind, string> = {
  campaigns: 'No campaign delivered or brought applicants in this period.',
  jobs: 'No job was advertised in this period.',
  segments: 'No targeted segment had delivery or applicants in this period.',
};
const NOTES: Record<ReportKind, string> = {
  campaigns: 'Σ: reach (and unique clicks) over several days or ad sets is the sum of daily reach, an upper bound of the people reached; frequency is impressions over that reach. "—": the platform does not report the figure (Google Search has no reach, frequency or unique clicks).',
  jobs: 'Funnel: applications of the period and the stages they reached in the period (applied → screening → interview → offer → hired).',
  segments: 'A campaign aimed at several segments gives each an equal share of its spend, delivery and applicants.',
};

/** One report as a table for the period, with its CSV (the visible columns; the header row even when empty) and how to read it. */
export function ReportTable({ kind, range }: { kind: ReportKind; range: DateRange }) {
  const report = useReport(kind, range);
  const platformLabel = usePlatformLabel();
  const currency = report.data?.currency ?? 'USD';
  const columns = reportColumns(kind, currency, platformLabel);
  const rows = report.data?.kind === kind ? report.data.rows : undefined;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{TITLES[kind]}</h2>
        <span className="print:hidden">
          <ExportCsvLink what={TITLES[kind].toLowerCase()} filename={`report-${kind}-${range.from}-${range.to}.csv`} href={csvDataHref(tableCsvColumns(columns), rows ?? [])} />
        </span>
      </div>
      {report.isError && <ProblemAlert error={report.error} />}
      <div className="report-table">
        <Table caption={TITLES[kind]} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} loading={report.isFetching} empty={EMPTY[kind]} />
      </div>
      <p className="text-xs text-slate-600">{NOTES[kind]}</p>
    </div>
  );
}
