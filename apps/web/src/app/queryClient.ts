import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../api/queryKeys';
import { ApiError } from '../api/errors';

/**
 * One client per app (and per test). A 401 from any call means the session ended (expired, revoked
 * by a role change, signed out elsewhere): forget the user, and the route guard sends them to /login.
 */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => sessionEnded(error) && client.setQueryData(authKeys.me, null) }),
    mutationCache: new MutationCache({ onError: (error) => sessionEnded(error) && client.setQueryData(authKeys.me, null) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors will not fix themselves; network and 5xx may.
        retry: (failures, error) => retry && failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}

function sessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
