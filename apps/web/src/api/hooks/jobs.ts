import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths } from '@adflux/api-contract';
import { api, unwrap, type Schema } from '../client';
import { jobKeys } from '../queryKeys';
import { keysetPages, useApiMutation } from './queryHelpers';

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

const PAGE_SIZE = 25;

/** One keyset page at a time (`fetchNextPage()` follows `nextCursor`); old rows stay while filters change. */
export function useJobs(q: JobListQuery) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(q),
    ...keysetPages((cursor) => unwrap(api.GET('/api/jobs', { params: { query: { ...q, limit: PAGE_SIZE, cursor } } }))),
    placeholderData: keepPreviousData,
  });
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobKeys.one(id), queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } })), enabled: !!id });
}

/** Saved jobs go straight into their detail entry; every list refreshes. */
const savedJob = { cacheAs: (job: Job) => jobKeys.one(job.id), refresh: jobKeys.all };

export const useCreateJob = () => useApiMutation((body: CreateJob) => unwrap(api.POST('/api/jobs', { body })), savedJob);

/** Partial update; `null` clears an optional field. 409 when the job is closed, filled or archived. */
export const useUpdateJob = () =>
  useApiMutation(({ id, changes }: { id: string; changes: UpdateJob }) => unwrap(api.PATCH('/api/jobs/{id}', { params: { path: { id } }, body: changes })), savedJob);

/** Moves the job to one of its `allowedTransitions` (listed by the API); anything else is a 409. */
export const useTransitionJob = () =>
  useApiMutation(
    ({ id, ...body }: { id: string } & TransitionJob) => unwrap(api.POST('/api/jobs/{id}/transitions', { params: { path: { id } }, body })),
    savedJob,
  );

/** Deletes a draft outright; archives any other job (204 either way). */
export const useDeleteJob = () =>
  useApiMutation((id: string) => unwrap(api.DELETE('/api/jobs/{id}', { params: { path: { id } } })), {
    forget: (_, id) => jobKeys.one(id),
    refresh: jobKeys.all,
  });
