/**
 * Integration tests use the real PostgreSQL and Redis on this machine, with their own database
 * (adflux_test), Redis db index and queue prefix, so they never touch development data.
 * Jest runs the suite in two workers: worker 1 uses the base database and Redis db, and each further worker its own
 * copy (`<db>_w<N>`, Redis db 16 − N), because every file empties its tables and its Redis db between tests.
 */
const BASE_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/adflux_test';
const BASE_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';
/** Redis has 16 dbs; workers 2 and 3 take 14 and 13 (e2e uses 2, engineers' worktrees 3–12). */
export const MAX_TEST_WORKERS = 3;

export function databaseUrlForWorker(worker: number): string {
  if (worker <= 1) return BASE_DATABASE_URL;
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `${url.pathname}_w${worker}`;
  return url.toString();
}

function redisUrlForWorker(worker: number): string {
  if (worker <= 1) return BASE_REDIS_URL;
  if (worker > MAX_TEST_WORKERS) throw new Error(`integration tests run on at most ${MAX_TEST_WORKERS} workers (got worker ${worker})`);
  const url = new URL(BASE_REDIS_URL);
  url.pathname = `/${16 - worker}`;
  return url.toString();
}

const worker = Number(process.env.JEST_WORKER_ID ?? '1');

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrlForWorker(worker),
  REDIS_URL: redisUrlForWorker(worker),
  QUEUE_PREFIX: 'adflux_test',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
  LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
};

export function applyTestEnv(overrides: Record<string, string> = {}): void {
  Object.assign(process.env, TEST_ENV, overrides);
}
