import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../app/queryClient';
import { keysetPages, useApiMutation, type CacheEffects } from './queryHelpers';

describe('keysetPages', () => {
  it('starts without a cursor and follows nextCursor until it is null', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined) => ({ items: [cursor ?? 'first'], nextCursor: cursor ? null : 'c2' }));
    const paging = keysetPages(fetchPage);
    expect(paging.initialPageParam).toBeUndefined();
    const first = await paging.queryFn({ pageParam: paging.initialPageParam });
    expect(fetchPage).toHaveBeenLastCalledWith(undefined);
    expect(paging.getNextPageParam(first)).toBe('c2');
    expect(paging.getNextPageParam(await paging.queryFn({ pageParam: 'c2' }))).toBeUndefined();
  });
});

interface Thing {
  id: string;
  name: string;
}

function setup(effects: CacheEffects<Thing, string>) {
  const queryClient = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const { result } = renderHook(() => useApiMutation(async (name: string) => ({ id: 't1', name }), effects), { wrapper });
  return { queryClient, invalidate, result };
}

describe('useApiMutation', () => {
  it('caches the answer, swaps it into its list, forgets what it is told to, then refreshes', async () => {
    const { queryClient, invalidate, result } = setup({
      cacheAs: (thing) => ['things', 'one', thing.id],
      replaceIn: ['things', 'all'],
      forget: (_, name) => ['things', 'draft', name],
      refresh: ['things'],
    });
    queryClient.setQueryData(
      ['things', 'all'],
      [
        { id: 't0', name: 'other' },
        { id: 't1', name: 'before' },
      ],
    );
    queryClient.setQueryData(['things', 'draft', 'after'], { stale: true });

    await act(() => result.current.mutateAsync('after'));

    expect(queryClient.getQueryData(['things', 'one', 't1'])).toEqual({ id: 't1', name: 'after' });
    expect(queryClient.getQueryData(['things', 'all'])).toEqual([
      { id: 't0', name: 'other' },
      { id: 't1', name: 'after' },
    ]);
    expect(queryClient.getQueryData(['things', 'draft', 'after'])).toBeUndefined();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['things'] });
  });

  it('only refreshes when nothing else is asked, and leaves the cache alone on failure', async () => {
    const queryClient = createQueryClient({ retry: false });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const { result } = renderHook(
      () => useApiMutation(async (fail: boolean) => (fail ? Promise.reject(new Error('no')) : { id: 'x' }), { refresh: ['things'] }),
      { wrapper },
    );
    act(() => result.current.mutate(true));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(invalidate).not.toHaveBeenCalled();
    await act(() => result.current.mutateAsync(false));
    expect(invalidate).toHaveBeenCalledExactlyOnceWith({ queryKey: ['things'] });
  });
});
