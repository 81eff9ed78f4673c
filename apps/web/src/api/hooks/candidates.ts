import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';
import type { paths } from '@adflux/api-contract';

/** Candidates, CSV imports and generated test data. Types come from the contract only. */
export type Candidate = Schema<'CandidateDto'>;
export type CreateCandidate = Schema<'CreateCandidateDto'>;
export type UpdateCandidate = Schema<'UpdateCandidateDto'>;
export type SeekingStatus = Schema<'SeekingStatus'>;
export type EducationLevel = Schema<'EducationLevel'>;
export type EmploymentType = Schema<'EmploymentType'>;
export type Availability = Schema<'Availability'>;
export type CandidateImport = Schema<'CandidateImportDto'>;
export type CandidateImportSummary = Schema<'CandidateImportSummaryDto'>;
export type ImportStatus = Schema<'ImportStatus'>;
export type ImportRowError = Schema<'ImportRowErrorDto'>;
export type DataGenerationRun = Schema<'DataGenerationRunDto'>;
export type NewDataGeneration = Schema<'CreateDataGenerationDto'>;

type ListParams = NonNullable<paths['/api/candidates']['get']['parameters']['query']>;
/** Filters and sort of the candidates table (everything but the page cursor). */
export type CandidateQuery = Omit<ListParams, 'cursor' | 'format' | 'limit'>;
export type CandidateSort = NonNullable<ListParams['sort']>;

export const candidateKeys = {
  all: ['candidates'] as const,
  list: (q: CandidateQuery) => ['candidates', 'list', q] as const,
  one: (id: string) => ['candidates', 'one', id] as const,
  imports: ['candidates', 'imports'] as const,
  import: (id: string) => ['candidates', 'import', id] as const,
  generation: (id: string) => ['data-generation', id] as const,
};

const PAGE_SIZE = 50;

/** Queued or running: still worth polling. */
export const isInFlight = (job: { status: ImportStatus } | undefined) => job?.status === 'queued' || job?.status === 'running';

/** One keyset page at a time; changing a filter keeps the old rows on screen until the new ones arrive. */
export function useCandidates(q: CandidateQuery) {
  return useInfiniteQuery({
    queryKey: candidateKeys.list(q),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/candidates', { params: { query: { ...q, limit: PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: string) {
  return useQuery({ queryKey: candidateKeys.one(id), queryFn: () => unwrap(api.GET('/api/candidates/{id}', { params: { path: { id } } })) });
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation<Candidate, ApiError, CreateCandidate>({
    mutationFn: (body) => unwrap(api.POST('/api/candidates', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateKeys.all }),
  });
}

export function useUpdateCandidate() {
  const queryClient = useQueryClient();
  return useMutation<Candidate, ApiError, { id: string; changes: UpdateCandidate }>({
    mutationFn: ({ id, changes }) => unwrap(api.PATCH('/api/candidates/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (candidate) => {
      queryClient.setQueryData(candidateKeys.one(candidate.id), candidate);
      return queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    },
  });
}

/** DELETE erases the candidate's personal data (GDPR erasure); the answer is 204. */
export function useEraseCandidate() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, string>({
    mutationFn: async (id) => {
      await api.DELETE('/api/candidates/{id}', { params: { path: { id } } });
    },
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: candidateKeys.one(id) });
      return queryClient.invalidateQueries({ queryKey: candidateKeys.all });
    },
  });
}

/** Import history, newest first; refreshed every few seconds while one is in flight. */
export function useCandidateImports() {
  return useInfiniteQuery({
    queryKey: candidateKeys.imports,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/candidates/imports', { params: { query: { limit: 20, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some(isInFlight)) ? 3000 : false),
  });
}

/** One import with its counts and first 1000 row errors; polled every second while queued or running. */
export function useCandidateImport(id: string, pollMs = 1000) {
  return useQuery({
    queryKey: candidateKeys.import(id),
    queryFn: () => unwrap(api.GET('/api/candidates/imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (isInFlight(query.state.data) ? pollMs : false),
  });
}

/** Uploads the CSV as multipart `file` (the field the API's FileInterceptor reads); 202 with the queued import. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation<CandidateImport, ApiError, File>({
    mutationFn: (file) =>
      unwrap(
        api.POST('/api/candidates/imports', {
          // The contract types the binary part as a string; the serializer sends the real File.
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: (started) => {
      queryClient.setQueryData(candidateKeys.import(started.id), started);
      return queryClient.invalidateQueries({ queryKey: candidateKeys.imports });
    },
  });
}

/** The rejected rows (with _row and _errors columns) as CSV; same origin, so a plain link carries the session. */
export function rejectedCsvHref(job: Pick<CandidateImport, 'id' | 'rejectedCsvUrl'>): string {
  return job.rejectedCsvUrl ?? `/api/candidates/imports/${job.id}/rejected.csv`;
}

export function useStartDataGeneration() {
  return useMutation<DataGenerationRun, ApiError, NewDataGeneration>({
    mutationFn: (body) => unwrap(api.POST('/api/data-generation', { body })),
  });
}

/** A generation run; polled every second while queued or running, and the candidate lists refresh when it ends. */
export function useDataGeneration(id: string | undefined, pollMs = 1000) {
  return useQuery({
    queryKey: candidateKeys.generation(id ?? 'none'),
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/data-generation/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (isInFlight(query.state.data) ? pollMs : false),
  });
}
