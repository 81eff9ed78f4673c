import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** A URL parameter's new value: text (trimmed; empty removes it), several values (the key repeats), or nothing (removed). */
export type ParamValue = string | readonly string[] | null | undefined;
export type ParamChanges = Readonly<Record<string, ParamValue>>;

/** Whether a change adds a browser history entry (Back returns to it) or replaces the current one. */
export interface UrlChangeOptions {
  history?: 'push' | 'replace';
}

/** `base` with `changes` applied; keys not named in `changes` stay as they are. */
export function withParams(base: URLSearchParams, changes: ParamChanges): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    const values = typeof value === 'string' ? [value] : (value ?? []);
    for (const v of values) if (v.trim()) next.append(key, v.trim());
  }
  return next;
}

/** The query without its undefined entries, so equal filters share one cache entry and `filtered` counts only real ones. */
function compact<Query extends object>(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Query;
}

/**
 * A page's filters, kept in the URL so a view can be bookmarked, shared and reloaded. `parse` turns
 * the parameters into the page's query and ignores values it does not accept (a shared link never
 * breaks the page); pass a stable function (module-level or memoised).
 */
export function useUrlFilters<Query extends object>(
  parse: (params: URLSearchParams) => Query,
  { unfiltered = ['sort'] }: { unfiltered?: readonly string[] } = {},
) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => compact(parse(params)), [params, parse]);
  /** Some filter narrows the list (keys in `unfiltered`, like the sort order, do not count). */
  const filtered = Object.keys(query).some((key) => !unfiltered.includes(key));

  /** Change some parameters, keep the others. */
  const update = useCallback(
    (changes: ParamChanges, { history = 'replace' }: UrlChangeOptions = {}) =>
      setParams((prev) => withParams(prev, changes), { replace: history === 'replace' }),
    [setParams],
  );
  /** Replace every parameter with `values` (none: clear them all). */
  const reset = useCallback(
    (values: ParamChanges = {}, { history = 'replace' }: UrlChangeOptions = {}) =>
      setParams(withParams(new URLSearchParams(), values), { replace: history === 'replace' }),
    [setParams],
  );

  return { params, query, filtered, update, reset };
}
