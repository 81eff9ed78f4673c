import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { auditKeys } from '../queryKeys';
import { keysetPages } from './queryHelpers';

export type AuditEntry = Schema<'AuditEntryDto'>;

const PAGE_SIZE = 50;

/** Newest first, one keyset page at a time: `fetchNextPage()` follows `nextCursor`. */
export function useAuditLog(action?: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(action),
    ...keysetPages((cursor) => unwrap(api.GET('/api/audit-log', { params: { query: { limit: PAGE_SIZE, cursor, action: action || undefined } } }))),
  });
}

/** The actions the log holds (the API lists them), for the filter. */
export function useAuditActions() {
  return useQuery({ queryKey: auditKeys.actions, queryFn: async () => (await unwrap(api.GET('/api/audit-log/actions'))).items });
}
