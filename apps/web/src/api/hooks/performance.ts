import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { unlessLive } from '../liveStatus';
import { campaignKeys, performanceKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

/** Dashboards and per-campaign/job metrics. Money is minor units of `currency`; ratios are 0..1 or null. */
export type DateRange = Schema<'DateRangeDto'>;
export type Kpis = Schema<'KpisDto'>;
export type KpiName = keyof Kpis;
export type Delta = Schema<'DeltaDto'>;
export type DashboardSummary = Schema<'SummaryDto'>;
export type SeriesRow = Schema<'SeriesRowDto'>;
export type Timeseries = Schema<'TimeseriesDto'>;
export type SeriesMetric = Timeseries['metric'];
export type GroupBy = Timeseries['groupBy'];
export type BreakdownRow = Schema<'BreakdownRowDto'>;
export type Breakdown = Schema<'BreakdownDto'>;
export type CampaignMetrics = Schema<'CampaignMetricsDto'>;
export type Pacing = Schema<'PacingDto'>;
export type PacingStatus = Pacing['status'];
export type JobMetrics = Schema<'JobMetricsDto'>;
export type Campaign = Schema<'CampaignDto'>;

// Changing the date range keeps the old figures on screen until the new ones arrive (no flashing spinners).
const keep = { placeholderData: keepPreviousData } as const;

export function useDashboardSummary(range: DateRange) {
  return useQuery({
    queryKey: performanceKeys.summary(range),
    queryFn: () => unwrap(api.GET('/api/dashboard/summary', { params: { query: range } })),
    ...keep,
  });
}

export function useTimeseries(metric: SeriesMetric, groupBy: GroupBy, range: DateRange) {
  return useQuery({
    queryKey: performanceKeys.timeseries(metric, groupBy, range),
    queryFn: () => unwrap(api.GET('/api/dashboard/timeseries', { params: { query: { metric, groupBy, ...range } } })),
    ...keep,
  });
}

export function useBreakdown(by: GroupBy, range: DateRange) {
  return useQuery({
    queryKey: performanceKeys.breakdown(by, range),
    queryFn: () => unwrap(api.GET('/api/dashboard/breakdown', { params: { query: { by, ...range } } })),
    ...keep,
  });
}

const campaignMetricsQuery = (id: string, range: DateRange) => ({
  queryKey: performanceKeys.campaign(id, range),
  queryFn: () => unwrap(api.GET('/api/campaigns/{id}/metrics', { params: { path: { id }, query: range } })),
});

export function useCampaignMetrics(id: string, range: DateRange) {
  return useQuery({ ...campaignMetricsQuery(id, range), ...keep });
}

/** Several campaigns' metrics at once (budget pacing on the dashboard), sharing the per-campaign cache. */
export function useCampaignsMetrics(ids: readonly string[], range: DateRange) {
  return useQueries({ queries: ids.map((id) => campaignMetricsQuery(id, range)) });
}

export function useJobMetrics(id: string, range: DateRange) {
  return useQuery({
    queryKey: performanceKeys.job(id, range),
    queryFn: () => unwrap(api.GET('/api/jobs/{id}/metrics', { params: { path: { id }, query: range } })),
    ...keep,
  });
}

/** Queues a metrics sync of one campaign (202); `useCampaignSyncStatus` says when it ended and what it added. */
export const useSyncCampaign = () =>
  useApiMutation((id: string) => unwrap(api.POST('/api/campaigns/{id}/sync', { params: { path: { id } } })), { refresh: performanceKeys.all });

export type CampaignSyncStatus = Schema<'CampaignSyncStatusDto'>;
export type SyncRequestStatus = Schema<'SyncRequestStatusDto'>;

/** A "Sync now" still queued or running. */
export const isSyncPending = (status: CampaignSyncStatus | undefined): boolean => !!status?.request && status.request.doneAt === null;

const SYNC_POLL_MS = 1500;

/** Last/next sync per publication and the latest "Sync now"; polled while that request is pending. */
export function useCampaignSyncStatus(campaignId: string) {
  return useQuery({
    queryKey: performanceKeys.sync(campaignId),
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}/sync', { params: { path: { id: campaignId } } })),
    refetchInterval: (query) => (isSyncPending(query.state.data) ? unlessLive(SYNC_POLL_MS) : false),
  });
}

/**
 * The reporting currency (money in dashboards and automation-rule thresholds). No endpoint names it
 * on its own; every dashboard answer carries it, so ask for the smallest one (today's summary).
 */
export function useReportingCurrency() {
  const today = new Date().toISOString().slice(0, 10);
  const summary = useDashboardSummary({ from: today, to: today });
  return { currency: summary.data?.currency, isPending: summary.isPending, error: summary.error };
}

/** Active campaigns (for budget pacing); one page of 200 is plenty for a dashboard. */
export function useActiveCampaigns() {
  return useQuery({
    queryKey: campaignKeys.activeForPacing,
    queryFn: async () => (await unwrap(api.GET('/api/campaigns', { params: { query: { status: 'active', limit: 200 } } }))).items,
  });
}

