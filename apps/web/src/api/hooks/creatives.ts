import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';
import { creativeKeys, jobKeys } from '../queryKeys';

/** Ad copy suggestions, the wording check and a job's advertising checks. Types come from the contract. */
export type SuggestCopy = Schema<'SuggestCopyDto'>;
export type CopySuggestions = Schema<'CopySuggestionsDto'>;
export type PlatformCopy = Schema<'PlatformCopyDto'>;
export type CopyVariant = Schema<'CopyVariantDto'>;
export type CopyTone = NonNullable<SuggestCopy['tone']>;
export type WordingFinding = Schema<'WordingFindingDto'>;
export type AdvertisingCheck = Schema<'AdvertisingCheckDto'>;
export type CreativeOrigin = NonNullable<Schema<'CreativeDto'>['origin']>;

/** "Suggest copy": a POST that changes nothing, so it is a mutation without cache effects. */
export function useSuggestCopy() {
  return useMutation<CopySuggestions, ApiError, SuggestCopy>({
    mutationFn: async (body) => unwrap(api.POST('/api/creatives/suggestions', { body })),
  });
}

/** Exclusionary wording in the given texts; nothing is asked while every text is blank. */
export function useWordingCheck(texts: ReadonlyArray<{ field: string; text: string }>, internship = false) {
  const filled = texts.filter((t) => t.text.trim());
  return useQuery({
    queryKey: creativeKeys.wording(filled, internship),
    queryFn: async () => unwrap(api.POST('/api/creatives/wording-check', { body: { texts: [...filled], internship } })),
    enabled: filled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** Pay transparency where the job is and the wording of its title and summary (the wizard's first warnings). */
export function useJobAdvertisingChecks(jobId: string | undefined) {
  return useQuery({
    queryKey: jobKeys.advertisingChecks(jobId ?? ''),
    queryFn: async () => (await unwrap(api.GET('/api/jobs/{id}/advertising-checks', { params: { path: { id: jobId! } } }))).checks,
    enabled: !!jobId,
  });
}
