import { BENCH_ENV } from '../bench-support';

/**
 * Each fault scenario's own database, named after the bench database (BENCH_DATABASE_URL), so
 * two people running the suite with different bench databases never share one.
 */
export function faultDatabaseUrl(suffix: string): string {
  return BENCH_ENV.DATABASE_URL.replace(/\/([^/?]+)(\?.*)?$/, (_m, name: string, query = '') => `/${name}_${suffix}${query}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `done` every `everyMs` until it is true or `timeoutMs` passed; true when it became true. */
export async function waitUntil(done: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(everyMs);
  }
  return false;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
