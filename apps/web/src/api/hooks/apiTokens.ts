import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { apiTokenKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

export type ApiToken = Schema<'ApiTokenDto'>;
export type TokenScope = ApiToken['scopes'][number];

export function useApiTokens() {
  return useQuery({ queryKey: apiTokenKeys.all, queryFn: () => unwrap(api.GET('/api/api-tokens')) });
}

/** The answer carries the secret: keep it in component state only, never in the query cache. */
export const useCreateApiToken = () =>
  useApiMutation((body: Schema<'CreateApiTokenDto'>) => unwrap(api.POST('/api/api-tokens', { body })), { refresh: apiTokenKeys.all });

export const useRevokeApiToken = () =>
  useApiMutation((id: string) => unwrap(api.DELETE('/api/api-tokens/{id}', { params: { path: { id } } })), { refresh: apiTokenKeys.all });
