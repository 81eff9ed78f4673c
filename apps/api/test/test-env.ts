/**
 * Integration tests use the real PostgreSQL and Redis on this machine, with their own database
 * (adflux_test), Redis db index and queue prefix, so they never touch development data.
 */
export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/adflux_test',
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1',
  QUEUE_PREFIX: 'adflux_test',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
  LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
};

export function applyTestEnv(overrides: Record<string, string> = {}): void {
  Object.assign(process.env, TEST_ENV, overrides);
}
