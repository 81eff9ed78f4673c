import { useCallback, useState } from 'react';

/**
 * Which optional columns a user shows, remembered per user in this browser (localStorage keyed by
 * the user id). A display preference needs no server round trip, migration or API; two people
 * sharing a browser keep their own choice. Unknown keys in storage are dropped, so a column removed
 * from the product never breaks the table.
 */
export function useColumnChoice(userId: string | undefined, storageName: string, all: readonly string[], defaults: readonly string[]) {
  const key = userId ? `adflux:${storageName}:${userId}` : null;
  const [shown, setShown] = useState<string[]>(() => read(key, all) ?? [...defaults]);
  const [loadedFor, setLoadedFor] = useState(key);
  // The user becomes known after the first render (session probe): load their choice then.
  if (loadedFor !== key) {
    setLoadedFor(key);
    setShown(read(key, all) ?? [...defaults]);
  }
  const toggle = useCallback(
    (column: string) =>
      setShown((current) => {
        const next = current.includes(column) ? current.filter((c) => c !== column) : all.filter((c) => c === column || current.includes(c));
        if (key) localStorage.setItem(key, JSON.stringify(next));
        return next;
      }),
    [all, key],
  );
  return { shown, toggle };
}

function read(key: string | null, all: readonly string[]): string[] | null {
  if (!key) return null;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(stored) ? all.filter((c) => stored.includes(c)) : null;
  } catch {
    return null;
  }
}
