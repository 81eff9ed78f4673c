import { useId } from 'react';
import { usePlatformLabel } from '../../api/hooks/adsPlatforms';
import { useQueryClient } from '@tanstack/react-query';
import { performanceKeys } from '../../api/queryKeys';
import { useCampaignMetrics, useSyncCampaign, type CampaignMetrics } from '../../api/hooks/performance';
import { useCan } from '../../app/permissions';
import { Button } from '../../components/Button';
import { DailySeriesFigure } from '../../components/charts/DailySeriesFigure';
import { ExportCsvLink } from '../../components/charts/ExportCsvLink';
import { csvDataHref, tableCsvColumns } from '../../components/csv';
import { formatCount, formatMoney,  } from '../../components/charts/format';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { useToast } from '../../components/Toast';
import { ApplicationsTable } from './ApplicationsTable';
import { useDateRange } from './dateRange';
import { breakdownColumns } from './kpiColumns';
import { TotalsCards } from './KpiSummary';
import { PacingBar, PacingStatusBadge, spentOfBudget } from './PacingBar';
import { PerformanceHeader } from './PerformanceHeader';

/** A sync job usually finishes within seconds; look again after this long. */
const REFRESH_AFTER_SYNC_MS = 4000;

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
 * fetches the latest numbers from the platforms.
 */
export function CampaignMetricsPanel({ campaignId, showRangePicker = true }: { campaignId: string; showRangePicker?: boolean }) {
  const headingId = useId();
  const { range } = useDateRange();
  const metrics = useCampaignMetrics(campaignId, range);
  const platformLabel = usePlatformLabel();
  const sync = useSyncCampaign();
  const can = useCan();
  const { notify } = useToast();
  const queryClient = useQueryClient();

  const runSync = () =>
    sync.mutate(campaignId, {
      onSuccess: () => {
        notify('Sync started: the latest figures appear in a few seconds.');
        setTimeout(() => void queryClient.invalidateQueries({ queryKey: performanceKeys.all }), REFRESH_AFTER_SYNC_MS);
      },
      onError: (error) => notify(error.detail, 'error'),
    });

  const data = metrics.data;
  const currency = data?.currency ?? 'USD';
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <PerformanceHeader
        id={headingId}
        title="Metrics"
        description="Delivery reported by the platforms and applications tracked by AdFlux."
        showRangePicker={showRangePicker}
        actions={
          can('mutate') && (
            <Button variant="secondary" onClick={runSync} loading={sync.isPending}>
              Sync now
            </Button>
          )
        }
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
