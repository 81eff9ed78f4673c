import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../../api/client';
import type { ApiError } from '../../api/errors';

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

export const segmentKeys = {
  all: ['segments'] as const,
  list: (runId?: string) => ['segments', 'list', runId ?? 'active'] as const,
  one: (id: string) => ['segments', 'one', id] as const,
  members: (id: string) => ['segments', 'members', id] as const,
  runs: ['segments', 'runs'] as const,
  run: (id: string) => ['segments', 'run', id] as const,
};

export const isInFlight = (run: { status: RunStatus } | undefined) => run?.status === 'queued' || run?.status === 'running';

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
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/segments/{id}/candidates', { params: { path: { id }, query: { limit: 25, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Run history, newest first; refreshed every few seconds while a run is in flight. */
export function useRuns() {
  return useInfiniteQuery({
    queryKey: segmentKeys.runs,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/segmentation-runs', { params: { query: { limit: 20, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some(isInFlight)) ? 3000 : false),
  });
}

/** One run with its map and silhouette scores; polled every second while it is queued or running. */
export function useRun(id: string | undefined) {
  return useQuery({
    queryKey: segmentKeys.run(id ?? 'none'),
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/segmentation-runs/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (isInFlight(query.state.data) ? 1000 : false),
  });
}

export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation<SegmentationRun, ApiError, NewRun>({
    mutationFn: (body) => unwrap(api.POST('/api/segmentation-runs', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentKeys.runs }),
  });
}

export function useActivateRun() {
  const queryClient = useQueryClient();
  return useMutation<SegmentationRun, ApiError, string>({
    mutationFn: (id) => unwrap(api.POST('/api/segmentation-runs/{id}/activate', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentKeys.all }),
  });
}

export function useUpdateSegment() {
  const queryClient = useQueryClient();
  return useMutation<Segment, ApiError, { id: string; changes: Schema<'UpdateSegmentDto'> }>({
    mutationFn: ({ id, changes }) => unwrap(api.PATCH('/api/segments/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (segment) => {
      queryClient.setQueryData(segmentKeys.one(segment.id), segment);
      return queryClient.invalidateQueries({ queryKey: segmentKeys.all });
    },
  });
}
