import type { CampaignPerformanceQuery, CampaignSort, CampaignStatus } from '../../../api/hooks/campaigns';
import { CAMPAIGN_STATUS_LABELS } from '../campaignStatus';

export const STATUSES = Object.keys(CAMPAIGN_STATUS_LABELS) as CampaignStatus[];
export const SORTS: readonly CampaignSort[] = ['createdAt', 'name', 'spend', 'impressions', 'clicks', 'applications', 'costPerApplicant'];
const PLATFORM = /^[a-z][a-z0-9_]{0,15}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters and sort as the URL states them (the date range is read separately); unknown values are ignored. */
export type ListFilters = Omit<CampaignPerformanceQuery, 'from' | 'to'>;

export function filtersFromParams(params: URLSearchParams): ListFilters {
  const status = params.get('status');
  const platform = params.get('platform');
  const sort = params.get('sort');
  const order = params.get('order');
  const q = params.get('q')?.trim();
  const jobId = params.get('jobId')?.trim();
  return {
    ...(status && (STATUSES as string[]).includes(status) ? { status: status as CampaignStatus } : {}),
    ...(platform && PLATFORM.test(platform) ? { platform: platform as CampaignPerformanceQuery['platform'] } : {}),
    ...(sort && (SORTS as string[]).includes(sort) ? { sort: sort as CampaignSort } : {}),
    ...(order === 'asc' || order === 'desc' ? { order } : {}),
    ...(q ? { q } : {}),
    ...(jobId && UUID.test(jobId) ? { jobId } : {}),
  };
}

/** The order a column sorts in when first clicked: names A→Z, figures biggest first, cost per applicant cheapest first. */
export const firstOrder = (sort: CampaignSort): 'asc' | 'desc' => (sort === 'name' || sort === 'costPerApplicant' ? 'asc' : 'desc');

/** The order in effect (the API's defaults when the URL says none). */
export const effectiveOrder = (f: ListFilters): 'asc' | 'desc' => f.order ?? (f.sort === 'name' ? 'asc' : 'desc');

/** URL changes for a click on a column header: first click sorts that column, the next flips it. */
export function nextSort(current: ListFilters, sort: CampaignSort): { sort: string; order: string } {
  const active = (current.sort ?? 'createdAt') === sort;
  return { sort, order: active ? (effectiveOrder(current) === 'asc' ? 'desc' : 'asc') : firstOrder(sort) };
}
