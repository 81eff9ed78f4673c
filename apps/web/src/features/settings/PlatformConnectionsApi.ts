import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../../api/client';
import type { ApiError } from '../../api/errors';

/** Query hooks for Settings → Platform connections (admin). Secrets only travel in create/update bodies. */
export type PlatformConnection = Schema<'PlatformConnectionDto'>;
export type PlatformKind = PlatformConnection['kind'];
export type ConnectionStatus = PlatformConnection['status'];
export type CreatePlatformConnection = Schema<'CreatePlatformConnectionDto'>;
export type VerifyConnectionResult = Schema<'VerifyConnectionResultDto'>;

export const platformConnectionKeys = { all: ['platform-connections'] as const };

/** Admins have a handful of connections: one page of 200 holds them all. */
export function usePlatformConnections() {
  return useQuery({
    queryKey: platformConnectionKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/platform-connections', { params: { query: { limit: 200 } } }))).items,
  });
}

export function useCreatePlatformConnection() {
  const queryClient = useQueryClient();
  return useMutation<PlatformConnection, ApiError, CreatePlatformConnection>({
    mutationFn: (body) => unwrap(api.POST('/api/platform-connections', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformConnectionKeys.all }),
  });
}

export function useVerifyPlatformConnection() {
  const queryClient = useQueryClient();
  return useMutation<VerifyConnectionResult, ApiError, string>({
    mutationFn: (id) => unwrap(api.POST('/api/platform-connections/{id}/verify', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformConnectionKeys.all }),
  });
}

export function useDeletePlatformConnection() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (id) => unwrap(api.DELETE('/api/platform-connections/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformConnectionKeys.all }),
  });
}
