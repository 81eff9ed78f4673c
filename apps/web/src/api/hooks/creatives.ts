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
export type UploadedCreativeImage = Schema<'CreativeImageDto'>;
/** The image a creative references (what a saved campaign returns, and the part of an upload the form keeps). */
export type CreativeImageRef = Schema<'CreativeImageRefDto'>;

/** Types and size the API accepts (it judges the type by the bytes; this only spares a doomed upload). */
export const CREATIVE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const CREATIVE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** Uploads an ad image as multipart `file`; the answer has its key, URL, size and each platform's verdict. */
export function useUploadCreativeImage() {
  return useMutation<UploadedCreativeImage, ApiError, File>({
    mutationFn: async (file) =>
      unwrap(
        api.POST('/api/creatives/images', {
          // The contract types the binary part as a string; the serializer sends the real bytes.
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
  });
}

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
