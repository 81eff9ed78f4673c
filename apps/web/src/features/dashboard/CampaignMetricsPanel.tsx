import { useId } from 'react';
import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import { useCampaignMetrics, type CampaignMetrics } from '../../api/hooks/performance';
import { useCan } from '../../app/permissions';
import { DailySeriesFigure } from '../../components/charts/DailySeriesFigure';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { formatCount, formatMoney,  } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { ApplicationsTable } from './ApplicationsTable';
import { useDateRange } from './dateRange';
import { breakdownColumns } from './kpiColumns';
import { TotalsCards } from './KpiSummary';
import { PacingBar, PacingStatusBadge, spentOfBudget } from './PacingBar';
import { PerformanceHeader } from './PerformanceHeader';
import { SyncNow } from './SyncNow';

function PacingCard({ pacing }: { pacing: CampaignMetrics['pacing'] }) {
  return (
    <div className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:gap-6">
      <div className="flex items-center gap-2">
        <h3 className="text-base font-semibold text-slate-900">Budget pacing</h3>
        <PacingStatusBadge status={pacing.status} />
      </div>
      <PacingBar pacing={pacing} className="flex-1" />
      <dl className="grid grid-cols-3 gap-4 text-sm">
        <div>
          <dt className="text-slate-600">Spent</dt>
          <dd className="font-medium tabular-nums">{spentOfBudget(pacing)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Projected</dt>
          <dd className="font-medium tabular-nums">{formatMoney(pacing.projectedMinor, pacing.currency)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Days</dt>
          <dd className="font-medium tabular-nums">
            {formatCount(pacing.elapsedDays)} of {formatCount(pacing.totalDays)}
          </dd>
        </div>
      </dl>
    </div>
  );
}

const SERIES = [
  { field: 'spend', title: 'Spend per day', money: true },
  { field: 'clicks', title: 'Clicks per day', money: false },
  { field: 'applications', title: 'Applications per day', money: false },
] as const;

/**
 * The "metrics" section of a campaign's page: totals, budget pacing, daily spend/clicks/applications
 * per platform, a per-platform table and the attributed applications. "Sync now" (admin, recruiter)
 * fetches the latest numbers from the platforms and says what came (`startsAt`: why nothing did yet).
 */
export function CampaignMetricsPanel({ campaignId, startsAt, showRangePicker = true }: { campaignId: string; startsAt?: string; showRangePicker?: boolean }) {
  const headingId = useId();
  const { range } = useDateRange();
  const metrics = useCampaignMetrics(campaignId, range);
  const platformLabel = usePlatformLabel();
  const can = useCan();

  const data = metrics.data;
  const currency = data?.currency ?? 'USD';
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <PerformanceHeader
        id={headingId}
        title="Metrics"
        description="Delivery reported by the platforms and applications tracked by AdFlux."
        showRangePicker={showRangePicker}
        actions={can('mutate') && <SyncNow campaignId={campaignId} deliveryStartsAt={startsAt} />}
      />
      {metrics.isError && <ProblemAlert error={metrics.error} />}
      {!data ? (
        metrics.isPending && <LoadingBlock label="Loading campaign metrics…" />
      ) : (
        <>
          <TotalsCards totals={data.totals} currency={currency} />
          <PacingCard pacing={data.pacing} />
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            {SERIES.map((s) => (
              <DailySeriesFigure
                key={s.field}
                title={s.title}
                description="By platform"
                rows={data[s.field]}
                range={data.range}
                labelOf={(row) => platformLabel(row.label)}
                formatValue={(v) => (s.money ? formatMoney(v, currency) : formatCount(v))}
                formatTick={(v, max) => (s.money ? formatMoney(v, currency, { style: 'auto', scaleMinor: max }) : formatCount(v, { compact: true }))}
                emptyText={`No ${s.field} in this period.`}
              />
            ))}
          </div>
          <div className="flex flex-col gap-2">
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-base font-semibold text-slate-900">By platform</h3>
              <ExportCsvLink
                what="campaign metrics by platform"
                filename={`campaign-${campaignId}-platforms-${data.range.from}-${data.range.to}.csv`}
                href={csvDataHref(tableCsvColumns(breakdownColumns(currency, { nameHeader: 'Platform', labelOf: (r) => platformLabel(r.label) })), data.byPlatform)}
              />
            </div>
            <Table
              caption="Campaign metrics by platform"
              captionHidden
              columns={breakdownColumns(currency, { nameHeader: 'Platform', labelOf: (r) => platformLabel(r.label) })}
              rows={data.byPlatform}
              rowKey={(r) => r.key}
              empty="No delivery in this period."
            />
          </div>
        </>
      )}
      <ApplicationsTable filter={{ campaignId }} />
    </section>
  );
}
