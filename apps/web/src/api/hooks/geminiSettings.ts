import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';
import { geminiSettingsKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

export type GeminiSettings = Schema<'GeminiSettingsDto'>;
export type UpdateGeminiSettings = Schema<'UpdateGeminiSettingsDto'>;
export type GeminiTestResult = Schema<'GeminiTestResultDto'>;

/** Settings → Integrations → Gemini (admins). The key is write-only: the API returns its mask. */
export function useGeminiSettings() {
  return useQuery({ queryKey: geminiSettingsKeys.all, queryFn: async () => unwrap(api.GET('/api/settings/gemini')) });
}

export function useUpdateGeminiSettings() {
  return useApiMutation((body: UpdateGeminiSettings) => unwrap(api.PUT('/api/settings/gemini', { body })), {
    cacheAs: () => geminiSettingsKeys.all,
    refresh: geminiSettingsKeys.all,
  });
}

/** One small Gemini request with the key and model in use; the answer says whether it worked. */
export function useTestGemini() {
  return useMutation<GeminiTestResult, ApiError>({ mutationFn: async () => unwrap(api.POST('/api/settings/gemini/test')) });
}
