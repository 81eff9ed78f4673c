import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { platformConnectionKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

/** Query hooks for Settings → Platform connections (admin). Secrets only travel in create/update bodies. */
export type PlatformConnection = Schema<'PlatformConnectionDto'>;
export type PlatformKind = PlatformConnection['kind'];
export type ConnectionStatus = PlatformConnection['status'];
export type CreatePlatformConnection = Schema<'CreatePlatformConnectionDto'>;
export type VerifyConnectionResult = Schema<'VerifyConnectionResultDto'>;

/** Admins have a handful of connections: one page of 200 holds them all. */
export function usePlatformConnections() {
  return useQuery({
    queryKey: platformConnectionKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/platform-connections', { params: { query: { limit: 200 } } }))).items,
  });
}

const refresh = { refresh: platformConnectionKeys.all };

export const useCreatePlatformConnection = () =>
  useApiMutation((body: CreatePlatformConnection) => unwrap(api.POST('/api/platform-connections', { body })), refresh);

export const useVerifyPlatformConnection = () =>
  useApiMutation((id: string) => unwrap(api.POST('/api/platform-connections/{id}/verify', { params: { path: { id } } })), refresh);

export const useDeletePlatformConnection = () =>
  useApiMutation((id: string) => unwrap(api.DELETE('/api/platform-connections/{id}', { params: { path: { id } } })), refresh);
