import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@adflux/api-contract';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';
import { unlessLive } from '../liveStatus';
import { campaignKeys } from '../queryKeys';
import { keysetPages, useApiMutation } from './queryHelpers';

/** Campaigns, their publications and timeline. Types come from the contract only. */
export type Campaign = Schema<'CampaignDto'>;
export type CampaignStatus = Campaign['status'];
export type Publication = Schema<'PublicationDto'>;
export type PublicationStatus = Publication['status'];
export type CampaignEvent = Schema<'CampaignEventDto'>;
export type CreateCampaign = Schema<'CreateCampaignDto'>;
export type PreviewCampaign = Schema<'PreviewCampaignDto'>;
export type CampaignPreview = Schema<'CampaignPreviewDto'>;
export type PublicationPreview = Schema<'PublicationPreviewDto'>;
export type Targeting = Schema<'TargetingDto'>;
export type TargetingOverride = Schema<'TargetingOverrideDto'>;
export type SegmentSuggestion = Schema<'SegmentSuggestionDto'>;
export type Creative = Schema<'CreativeDto'>;
export type CampaignAction = 'publish' | 'pause' | 'resume' | 'archive';

type ListParams = NonNullable<paths['/api/campaigns']['get']['parameters']['query']>;
export type CampaignListQuery = Omit<ListParams, 'cursor' | 'limit'>;
type PerformanceParams = NonNullable<paths['/api/campaigns/performance']['get']['parameters']['query']>;
export type CampaignPerformanceQuery = Omit<PerformanceParams, 'cursor' | 'limit' | 'format'>;
export type CampaignSort = NonNullable<CampaignPerformanceQuery['sort']>;
export type CampaignPerformancePage = Schema<'CampaignPerformancePageDto'>;
export type CampaignPerformanceRow = Schema<'CampaignPerformanceRowDto'>;
export type BulkCampaignAction = Schema<'BulkCampaignActionDto'>['action'];
export type BulkCampaignResult = Schema<'BulkCampaignResultDto'>;
export type JobFigures = Schema<'JobFiguresDto'>;

const PAGE_SIZE = 25;
/** While publishing or a pause/resume is pending, the detail page looks again this often. */
export const BUSY_POLL_MS = 1500;

/** Something is still on its way to the platform: publishing, or a status change not applied yet. */
export function isBusy(campaign: Pick<Campaign, 'publications'> | undefined): boolean {
  return !!campaign?.publications.some(
    (p) => p.status === 'queued' || p.status === 'publishing' || ((p.status === 'active' || p.status === 'paused') && p.status !== p.targetStatus),
  );
}

export function useCampaigns(q: CampaignListQuery) {
  return useInfiniteQuery({
    queryKey: campaignKeys.list(q),
    ...keysetPages((cursor) => unwrap(api.GET('/api/campaigns', { params: { query: { ...q, limit: PAGE_SIZE, cursor } } }))),
    placeholderData: keepPreviousData,
  });
}

/** The campaigns performance table: figures over the range, sorted and filtered by the API, with filter counts. */
export function useCampaignPerformance(q: CampaignPerformanceQuery) {
  return useInfiniteQuery({
    queryKey: campaignKeys.performance(q),
    ...keysetPages((cursor) => unwrap(api.GET('/api/campaigns/performance', { params: { query: { ...q, limit: PAGE_SIZE, cursor } } }))),
    placeholderData: keepPreviousData,
  });
}

/** Pause, resume or archive several campaigns; the answer has one outcome per campaign (refusals included). */
export const useBulkCampaignAction = () =>
  useApiMutation((body: Schema<'BulkCampaignActionDto'>) => unwrap(api.POST('/api/campaigns/bulk-actions', { body })), {
    refresh: campaignKeys.all,
  });

/** Spend, applicants and live campaigns of each job shown (one request per page of jobs). */
export function useJobFigures(jobIds: readonly string[], range: { from: string; to: string }) {
  return useQuery({
    queryKey: campaignKeys.jobFigures(jobIds, range),
    queryFn: () => unwrap(api.GET('/api/campaigns/job-figures', { params: { query: { jobId: [...jobIds], ...range } } })),
    enabled: jobIds.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** One campaign; polls while something is in flight so statuses and external ids appear as they land. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (isBusy(query.state.data) ? unlessLive(BUSY_POLL_MS) : false),
  });
}

/** The whole timeline (campaigns have tens to a few hundred events); refreshed with the campaign. */
export function useCampaignEvents(id: string, poll: boolean) {
  return useQuery({
    queryKey: campaignKeys.events(id),
    queryFn: async () => {
      const events: CampaignEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/api/campaigns/{id}/events', { params: { path: { id }, query: { limit: 200, cursor } } }));
        events.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return events;
    },
    refetchInterval: poll ? () => unlessLive(BUSY_POLL_MS) : false,
  });
}

export function useSegmentSuggestions(jobId: string | undefined) {
  return useQuery({
    queryKey: campaignKeys.suggestions(jobId ?? ''),
    queryFn: () => unwrap(api.GET('/api/jobs/{id}/segment-suggestions', { params: { path: { id: jobId! } } })),
    enabled: !!jobId,
  });
}

/** What the unsaved campaign would send to each platform, with compliance warnings (nothing saved). */
export function useCampaignPreview(body: PreviewCampaign | undefined) {
  return useQuery({
    queryKey: campaignKeys.preview(body ?? ({} as PreviewCampaign)),
    queryFn: () => unwrap(api.POST('/api/campaigns/preview', { body: body! })),
    enabled: !!body,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useTargetingPreview(id: string) {
  return useQuery({
    queryKey: campaignKeys.targetingPreview(id),
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}/targeting-preview', { params: { path: { id } } })),
  });
}

export type UpdateCampaign = Schema<'UpdateCampaignDto'>;

/** A draft fully; a published campaign only its budget, end date and ad text (each live platform is updated through the queue). */
export const useUpdateCampaign = () =>
  useApiMutation(({ id, body }: { id: string; body: UpdateCampaign }) => unwrap(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body })), {
    cacheAs: (campaign) => campaignKeys.one(campaign.id),
    refresh: campaignKeys.all,
  });

export const useCreateCampaign = () =>
  useApiMutation((body: CreateCampaign) => unwrap(api.POST('/api/campaigns', { body })), {
    cacheAs: (campaign) => campaignKeys.one(campaign.id),
    refresh: campaignKeys.all,
  });

/** An admin's override of the fairness audit for the campaign's flagged segments (recorded with the reason). */
export const useOverrideCampaignFairness = () =>
  useApiMutation(
    ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/campaigns/{id}/fairness-override', { params: { path: { id } }, body: { reason } })),
    { cacheAs: (campaign) => campaignKeys.one(campaign.id), refresh: campaignKeys.all },
  );

const ACTION_PATHS = {
  publish: '/api/campaigns/{id}/publish',
  pause: '/api/campaigns/{id}/pause',
  resume: '/api/campaigns/{id}/resume',
  archive: '/api/campaigns/{id}/archive',
} as const;

/** publish / pause / resume / archive: 202 with the campaign as it is now (the work runs in the queue). */
export function useCampaignAction() {
  const queryClient = useQueryClient();
  return useMutation<Campaign, ApiError, { id: string; action: CampaignAction }>({
    mutationFn: ({ id, action }) => unwrap(api.POST(ACTION_PATHS[action], { params: { path: { id } } })),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.one(campaign.id), campaign);
      void queryClient.invalidateQueries({ queryKey: campaignKeys.events(campaign.id) });
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists });
    },
  });
}

export const useDeleteCampaign = () =>
  useApiMutation((id: string) => unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } })), {
    forget: (_, id) => campaignKeys.one(id),
    refresh: campaignKeys.all,
  });
