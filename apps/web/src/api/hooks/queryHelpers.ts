import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiError } from '../errors';

interface KeysetPage {
  nextCursor?: string | null;
}

/**
 * The paging half of `useInfiniteQuery` for every keyset list of the API: start without a cursor,
 * follow `nextCursor` until it is null. `fetchPage(cursor)` loads one page.
 */
export function keysetPages<Page extends KeysetPage>(fetchPage: (cursor: string | undefined) => Promise<Page>) {
  return {
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }: { pageParam: string | undefined }) => fetchPage(pageParam),
    getNextPageParam: (page: Page) => page.nextCursor ?? undefined,
  };
}

/** What a successful mutation does to the cache, in this order. */
export interface CacheEffects<Data, Vars> {
  /** Store the answer under this key (a detail page shows the saved resource without a refetch). */
  cacheAs?: (data: Data, vars: Vars) => QueryKey;
  /** Swap the answer into the cached array under this key by id (a list that is the only view of the resource). */
  replaceIn?: QueryKey;
  /** Drop this entry (a deleted resource must not be served from the cache). */
  forget?: (data: Data, vars: Vars) => QueryKey;
  /** Then refetch everything under this key (lists, counts). */
  refresh: QueryKey;
}

/** A mutation whose errors are ApiErrors and whose success updates the cache as `effects` say. */
export function useApiMutation<Data, Vars = void>(mutationFn: (vars: Vars) => Promise<Data>, effects: CacheEffects<Data, Vars>) {
  const queryClient = useQueryClient();
  return useMutation<Data, ApiError, Vars>({
    mutationFn,
    onSuccess: (data, vars) => {
      if (effects.cacheAs) queryClient.setQueryData(effects.cacheAs(data, vars), data);
      if (effects.replaceIn)
        queryClient.setQueryData<Data[]>(effects.replaceIn, (list) => list?.map((item) => (sameId(item, data) ? data : item)));
      if (effects.forget) queryClient.removeQueries({ queryKey: effects.forget(data, vars) });
      return queryClient.invalidateQueries({ queryKey: effects.refresh });
    },
  });
}

const sameId = (a: unknown, b: unknown) => (a as { id?: unknown }).id === (b as { id?: unknown }).id;
