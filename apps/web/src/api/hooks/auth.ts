import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { ApiError } from '../errors';
import { authKeys } from '../queryKeys';

export type Me = Schema<'MeDto'>;
export type Role = Me['role'];

/**
 * The signed-in user, or `null` when there is no session. Asks the session probe, which answers 200
 * either way, so opening /login signed out logs no failed request in the console.
 */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async (): Promise<Me | null> => (await unwrap(api.GET('/api/auth/session'))).user,
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<Me, ApiError, Schema<'LoginDto'>>({
    mutationFn: (body) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: (me) => {
      // Whatever was cached belonged to the previous session (or none).
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me[0] });
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      try {
        await api.POST('/api/auth/logout');
      } catch (error) {
        // An expired session is already signed out; anything else is worth showing.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      queryClient.setQueryData(authKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me[0] });
    },
  });
}
