import { useId } from 'react';
import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import { useJobMetrics } from '../../api/hooks/performance';
import { DailySeriesFigure } from '../../components/charts/DailySeriesFigure';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { formatMoney,  } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { ApplicationsTable } from './ApplicationsTable';
import { useDateRange } from './dateRange';
import { breakdownColumns } from './kpiColumns';
import { TotalsCards } from './KpiSummary';
import { PerformanceHeader } from './PerformanceHeader';

/**
 * The "Advertising" tab of a job's page: what advertising the job costs and brings, in total,
 * per day and per campaign, and the applications it brought.
 */
export function JobAdvertisingPanel({ jobId, showRangePicker = true }: { jobId: string; showRangePicker?: boolean }) {
  const headingId = useId();
  const { range } = useDateRange();
  const metrics = useJobMetrics(jobId, range);
  const platformLabel = usePlatformLabel();
  const data = metrics.data;
  const currency = data?.currency ?? 'USD';
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <PerformanceHeader
        id={headingId}
        title="Advertising"
        description="Spend, clicks and applications of every campaign for this job."
        showRangePicker={showRangePicker}
      />
      {metrics.isError && <ProblemAlert error={metrics.error} />}
      {!data ? (
        metrics.isPending && <LoadingBlock label="Loading advertising figures…" />
      ) : (
        <>
          <TotalsCards totals={data.totals} currency={currency} />
          <DailySeriesFigure
            title="Spend per day"
            description="By platform"
            rows={data.spend}
            range={data.range}
            labelOf={(row) => platformLabel(row.label)}
            formatValue={(v) => formatMoney(v, currency)}
            formatTick={(v, max) => formatMoney(v, currency, { style: 'auto', scaleMinor: max })}
            emptyText="No spend in this period."
          />
          <div className="flex flex-col gap-2">
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-base font-semibold text-slate-900">By campaign</h3>
              <ExportCsvLink
                what="job advertising by campaign"
                filename={`job-${jobId}-campaigns-${data.range.from}-${data.range.to}.csv`}
                href={csvDataHref(tableCsvColumns(breakdownColumns(currency, { nameHeader: 'Campaign', linkTo: (r) => `/campaigns/${r.key}` })), data.byCampaign)}
              />
            </div>
            <Table
              caption="Advertising by campaign"
              captionHidden
              columns={breakdownColumns(currency, { nameHeader: 'Campaign', linkTo: (r) => `/campaigns/${r.key}` })}
              rows={[...data.byCampaign].sort((a, b) => b.spendMinor - a.spendMinor)}
              rowKey={(r) => r.key}
              empty="No campaign for this job delivered in this period."
            />
          </div>
        </>
      )}
      <ApplicationsTable filter={{ jobId }} />
    </section>
  );
}
