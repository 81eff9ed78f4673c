import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';

export type AuditEntry = Schema<'AuditEntryDto'>;

export const auditKeys = { list: (action?: string) => ['audit-log', { action: action ?? null }] as const };

const PAGE_SIZE = 50;

/** Newest first, one keyset page at a time: `fetchNextPage()` follows `nextCursor`. */
export function useAuditLog(action?: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(action),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/audit-log', { params: { query: { limit: PAGE_SIZE, cursor: pageParam, action: action || undefined } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
