import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';

export type ApiToken = Schema<'ApiTokenDto'>;
export type TokenScope = ApiToken['scopes'][number];

export const apiTokenKeys = { all: ['api-tokens'] as const };

export function useApiTokens() {
  return useQuery({ queryKey: apiTokenKeys.all, queryFn: () => unwrap(api.GET('/api/api-tokens')) });
}

/** The answer carries the secret: keep it in component state only, never in the query cache. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation<Schema<'CreatedApiTokenDto'>, ApiError, Schema<'CreateApiTokenDto'>>({
    mutationFn: (body) => unwrap(api.POST('/api/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation<ApiToken, ApiError, string>({
    mutationFn: (id) => unwrap(api.DELETE('/api/api-tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
