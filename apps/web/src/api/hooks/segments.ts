import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { segmentKeys } from '../queryKeys';
import { pollWhileAnyInFlight, pollWhileInFlight } from './jobProgress';
import { keysetPages, useApiMutation } from './queryHelpers';

/** Segmentation runs and segments. Types come from the contract only. */
export type SegmentationRun = Schema<'SegmentationRunDto'>;
export type SegmentationRunDetail = Schema<'SegmentationRunDetailDto'>;
export type RunStatus = SegmentationRun['status'];
export type RunPhase = NonNullable<SegmentationRun['phase']>;
export type NewRun = Schema<'CreateSegmentationRunDto'>;
export type FeatureGroup = NonNullable<NewRun['features']>[number];
export type Segment = Schema<'SegmentDto'>;
export type SegmentProfile = Schema<'SegmentProfileDto'>;
export type SegmentList = Schema<'SegmentListDto'>;
export type SegmentCandidate = Schema<'SegmentCandidateDto'>;

/** Segments of the active run (or of `runId`), with profiles; `run: null` before the first run. */
export function useSegments(runId?: string) {
  return useQuery({
    queryKey: segmentKeys.list(runId),
    queryFn: () => unwrap(api.GET('/api/segments', { params: { query: runId ? { runId } : {} } })),
    placeholderData: keepPreviousData,
  });
}

export function useSegment(id: string) {
  return useQuery({ queryKey: segmentKeys.one(id), queryFn: () => unwrap(api.GET('/api/segments/{id}', { params: { path: { id } } })) });
}

export function useSegmentCandidates(id: string) {
  return useInfiniteQuery({
    queryKey: segmentKeys.members(id),
    ...keysetPages((cursor) =>
      unwrap(api.GET('/api/segments/{id}/candidates', { params: { path: { id }, query: { limit: 25, cursor } } })),
    ),
  });
}

/** Run history, newest first; refreshed every few seconds while a run is in flight. */
export function useRuns() {
  return useInfiniteQuery({
    queryKey: segmentKeys.runs,
    ...keysetPages((cursor) => unwrap(api.GET('/api/segmentation-runs', { params: { query: { limit: 20, cursor } } }))),
    refetchInterval: pollWhileAnyInFlight(3000),
  });
}

/** One run with its map and silhouette scores; polled every second while it is queued or running. */
export function useRun(id: string | undefined) {
  return useQuery({
    queryKey: segmentKeys.run(id ?? 'none'),
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/segmentation-runs/{id}', { params: { path: { id: id! } } })),
    refetchInterval: pollWhileInFlight(1000),
  });
}

export const useStartRun = () =>
  useApiMutation((body: NewRun) => unwrap(api.POST('/api/segmentation-runs', { body })), { refresh: segmentKeys.runs });

export const useActivateRun = () =>
  useApiMutation((id: string) => unwrap(api.POST('/api/segmentation-runs/{id}/activate', { params: { path: { id } } })), {
    refresh: segmentKeys.all,
  });

export const useUpdateSegment = () =>
  useApiMutation(
    ({ id, changes }: { id: string; changes: Schema<'UpdateSegmentDto'> }) =>
      unwrap(api.PATCH('/api/segments/{id}', { params: { path: { id } }, body: changes })),
    { cacheAs: (segment) => segmentKeys.one(segment.id), refresh: segmentKeys.all },
  );
