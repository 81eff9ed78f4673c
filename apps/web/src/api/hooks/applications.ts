import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { applicationKeys, performanceKeys } from '../queryKeys';
import { keysetPages, useApiMutation } from './queryHelpers';

/** Applications and their hiring pipeline (stages, timeline, counts per stage). */
export type Application = Schema<'ApplicationDto'>;
export type ApplicationDetail = Schema<'ApplicationDetailDto'>;
export type Stage = Application['stage'];
export type TimelineEntry = Schema<'TimelineEntryDto'>;
export type Pipeline = Schema<'PipelineDto'>;
export type UpdateApplication = Schema<'UpdateApplicationDto'>;

export interface ApplicationFilter {
  campaignId?: string;
  jobId?: string;
  platform?: string;
  segmentId?: string;
  stage?: Stage;
}

const APPLICATIONS_PAGE = 25;

export function useApplications(filter: ApplicationFilter) {
  return useInfiniteQuery({
    queryKey: applicationKeys.list(filter),
    ...keysetPages((cursor) => unwrap(api.GET('/api/applications', { params: { query: { ...filter, limit: APPLICATIONS_PAGE, cursor } } }))),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })),
  });
}

/** Counts per stage (now at it, ever reached it) of the filtered applications, e.g. one job's pipeline. */
export function usePipeline(filter: ApplicationFilter) {
  return useQuery({
    queryKey: applicationKeys.pipeline(filter),
    queryFn: () => unwrap(api.GET('/api/applications/pipeline', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** Stage move and/or notes; the answer is the detail, and every list, count and dashboard figure refreshes. */
export const useUpdateApplication = () =>
  useApiMutation(
    ({ id, changes }: { id: string; changes: UpdateApplication }) =>
      unwrap(api.PATCH('/api/applications/{id}', { params: { path: { id } }, body: changes })),
    { cacheAs: (data) => applicationKeys.one(data.id), refresh: performanceKeys.all },
  );
