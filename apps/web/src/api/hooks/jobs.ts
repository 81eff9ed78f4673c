import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@adflux/api-contract';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';

/** Jobs: the openings AdFlux advertises. Types come from the contract only. */
export type Job = Schema<'JobDto'>;
export type JobStatus = Job['status'];
export type CreateJob = Schema<'CreateJobDto'>;
export type UpdateJob = Schema<'UpdateJobDto'>;
export type TransitionJob = Schema<'TransitionJobDto'>;
export type TransitionTarget = TransitionJob['to'];
export type EmploymentType = Job['employmentType'];
export type ExperienceLevel = Job['experienceLevel'];
export type RemoteMode = Job['remote'];
export type EducationLevel = NonNullable<Job['educationLevel']>;

type ListParams = NonNullable<paths['/api/jobs']['get']['parameters']['query']>;
/** The list filters (everything but paging and format). */
export type JobListQuery = Omit<ListParams, 'cursor' | 'limit' | 'format'>;
export type JobSort = NonNullable<JobListQuery['sort']>;

export const jobKeys = {
  all: ['jobs'] as const,
  list: (q: JobListQuery) => ['jobs', 'list', q] as const,
  one: (id: string) => ['jobs', 'one', id] as const,
};

const PAGE_SIZE = 25;

/** One keyset page at a time (`fetchNextPage()` follows `nextCursor`); old rows stay while filters change. */
export function useJobs(q: JobListQuery) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(q),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/jobs', { params: { query: { ...q, limit: PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobKeys.one(id), queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } })) });
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation<Job, ApiError, CreateJob>({
    mutationFn: (body) => unwrap(api.POST('/api/jobs', { body })),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.one(job.id), job);
      return queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

/** Partial update; `null` clears an optional field. 409 when the job is closed, filled or archived. */
export function useUpdateJob() {
  const queryClient = useQueryClient();
  return useMutation<Job, ApiError, { id: string; changes: UpdateJob }>({
    mutationFn: ({ id, changes }) => unwrap(api.PATCH('/api/jobs/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.one(job.id), job);
      return queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

/** Moves the job to one of its `allowedTransitions` (listed by the API); anything else is a 409. */
export function useTransitionJob() {
  const queryClient = useQueryClient();
  return useMutation<Job, ApiError, { id: string } & TransitionJob>({
    mutationFn: ({ id, ...body }) => unwrap(api.POST('/api/jobs/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.one(job.id), job);
      return queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

/** Deletes a draft outright; archives any other job (204 either way). */
export function useDeleteJob() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (id) => unwrap(api.DELETE('/api/jobs/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: jobKeys.one(id) });
      return queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}
