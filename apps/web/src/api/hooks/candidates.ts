import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';
import { candidateKeys, dataGenerationKeys } from '../queryKeys';
import { pollWhileAnyInFlight, pollWhileInFlight } from './jobProgress';
import { keysetPages, useApiMutation } from './queryHelpers';
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

const PAGE_SIZE = 50;

/** One keyset page at a time; changing a filter keeps the old rows on screen until the new ones arrive. */
export function useCandidates(q: CandidateQuery) {
  return useInfiniteQuery({
    queryKey: candidateKeys.list(q),
    ...keysetPages((cursor) => unwrap(api.GET('/api/candidates', { params: { query: { ...q, limit: PAGE_SIZE, cursor } } }))),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: string) {
  return useQuery({ queryKey: candidateKeys.one(id), queryFn: () => unwrap(api.GET('/api/candidates/{id}', { params: { path: { id } } })) });
}

export const useCreateCandidate = () =>
  useApiMutation((body: CreateCandidate) => unwrap(api.POST('/api/candidates', { body })), { refresh: candidateKeys.all });

export const useUpdateCandidate = () =>
  useApiMutation(
    ({ id, changes }: { id: string; changes: UpdateCandidate }) => unwrap(api.PATCH('/api/candidates/{id}', { params: { path: { id } }, body: changes })),
    { cacheAs: (candidate) => candidateKeys.one(candidate.id), refresh: candidateKeys.all },
  );

/** DELETE erases the candidate's personal data (GDPR erasure); the answer is 204. */
export const useEraseCandidate = () =>
  useApiMutation(
    async (id: string) => {
      await api.DELETE('/api/candidates/{id}', { params: { path: { id } } });
    },
    { forget: (_, id) => candidateKeys.one(id), refresh: candidateKeys.all },
  );

/** Import history, newest first; refreshed every few seconds while one is in flight. */
export function useCandidateImports() {
  return useInfiniteQuery({
    queryKey: candidateKeys.imports,
    ...keysetPages((cursor) => unwrap(api.GET('/api/candidates/imports', { params: { query: { limit: 20, cursor } } }))),
    refetchInterval: pollWhileAnyInFlight(3000),
  });
}

/** One import with its counts and first 1000 row errors; polled every second while queued or running. */
export function useCandidateImport(id: string, pollMs = 1000) {
  return useQuery({
    queryKey: candidateKeys.import(id),
    queryFn: () => unwrap(api.GET('/api/candidates/imports/{id}', { params: { path: { id } } })),
    refetchInterval: pollWhileInFlight(pollMs),
  });
}

export type ImportPreview = Schema<'ImportPreviewDto'>;
export type ImportColumnHelp = Schema<'ImportColumnHelpDto'>;

/** What the uploader chose after the preview: CSV column per file column (null = ignore), and the salary currency. */
export interface ImportChoices {
  mapping?: Array<string | null>;
  defaultSalaryCurrency?: string;
}

/** The multipart form the import endpoints read: the file in `file`, the choices as text fields. */
function importForm(file: Blob, fileName: string, choices: ImportChoices): FormData {
  const form = new FormData();
  form.append('file', file, fileName);
  if (choices.mapping) form.append('mapping', JSON.stringify(choices.mapping));
  if (choices.defaultSalaryCurrency) form.append('defaultSalaryCurrency', choices.defaultSalaryCurrency);
  return form;
}

/** The API only reads a file's first 64 KB for a preview: send no more. */
const PREVIEW_BYTES = 64 * 1024;

/** What importing the file would do with its first rows (nothing is stored); re-run with a corrected mapping. */
export const usePreviewImport = () =>
  useMutation<ImportPreview, ApiError, { file: File; choices?: ImportChoices }>({
    mutationFn: ({ file, choices = {} }) =>
      unwrap(
        api.POST('/api/candidates/imports/preview', {
          // The contract types the binary part as a string; the serializer sends the real bytes.
          body: { file: file as unknown as string },
          bodySerializer: () => importForm(file.slice(0, PREVIEW_BYTES), file.name, choices),
        }),
      ),
  });

/** Uploads the CSV as multipart `file` (the field the API's FileInterceptor reads) with the choices; 202 with the queued import. */
export const useStartImport = () =>
  useApiMutation(
    ({ file, choices = {} }: { file: File; choices?: ImportChoices }) =>
      unwrap(
        api.POST('/api/candidates/imports', {
          body: { file: file as unknown as string },
          bodySerializer: () => importForm(file, file.name, choices),
        }),
      ),
    { cacheAs: (started) => candidateKeys.import(started.id), refresh: candidateKeys.imports },
  );

/** The import template (header, allowed values per column, an example row); same origin, a plain link works. */
export const IMPORT_TEMPLATE_HREF = '/api/candidates/imports/template.csv';

/** The rejected rows (with _row and _errors columns) as CSV; same origin, so a plain link carries the session. */
export function rejectedCsvHref(job: Pick<CandidateImport, 'id' | 'rejectedCsvUrl'>): string {
  return job.rejectedCsvUrl ?? `/api/candidates/imports/${job.id}/rejected.csv`;
}

export function useStartDataGeneration() {
  return useMutation<DataGenerationRun, ApiError, NewDataGeneration>({
    mutationFn: (body) => unwrap(api.POST('/api/data-generation', { body })),
  });
}

/** A generation run; polled every second while queued or running. */
export function useDataGeneration(id: string | undefined, pollMs = 1000) {
  return useQuery({
    queryKey: dataGenerationKeys.one(id ?? 'none'),
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/data-generation/{id}', { params: { path: { id: id! } } })),
    refetchInterval: pollWhileInFlight(pollMs),
  });
}

export type CandidateDemographics = Schema<'CandidateDemographicsDto'>;

/** Self-declared audit-only demographics; the API answers admins only, so call it only for them. */
export function useCandidateDemographics(id: string, enabled: boolean) {
  return useQuery({
    queryKey: candidateKeys.demographics(id),
    queryFn: () => unwrap(api.GET('/api/candidate-demographics/{id}', { params: { path: { id } } })),
    enabled,
  });
}

export const useReplaceCandidateDemographics = () =>
  useApiMutation(
    ({ id, body }: { id: string; body: CandidateDemographics }) => unwrap(api.PUT('/api/candidate-demographics/{id}', { params: { path: { id } }, body })),
    { refresh: candidateKeys.all },
  );
