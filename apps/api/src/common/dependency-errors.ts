/**
 * Recognises "a dependency is down" errors (PostgreSQL or Redis unreachable, restarting, or the
 * connection cut mid-query) so the problem filter answers 503 with Retry-After instead of 500:
 * the request was fine, the caller should simply try again later.
 */

/** Seconds a client should wait before retrying while a dependency is down. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** Socket-level failures of node:net (pg and ioredis surface them unchanged). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs that mean the server, not the statement, is the problem: class 08
 * (connection exception), 57P01-03 (admin/crash shutdown, cannot connect now), 53300 (too many connections).
 */
const POSTGRES_CODES = /^(08\w{3}|57P0[1-3]|53300)$/;

/** Messages of pg, pg-pool and ioredis that carry no code. */
const MESSAGES = [
  /^Connection terminated/, // pg: "Connection terminated unexpectedly", "... due to connection timeout"
  /^timeout exceeded when trying to connect/, // pg-pool: connectionTimeoutMillis reached
  /^Client has encountered a connection error and is not queryable/, // pg: a client whose socket died
  /^the database system is (starting up|shutting down|in recovery mode)/,
  /^Connection is closed\.?$/, // ioredis
  /^Reached the max retries per request limit/, // ioredis MaxRetriesPerRequestError
  /^Stream isn't writeable and enableOfflineQueue options is false/, // ioredis
];

export function isDependencyUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODES.test(code))) return true;
    return typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message));
  });
}

/** The error and what it wraps: TypeORM's driverError, `cause`, and AggregateError members (dual-stack connects). */
function causes(error: unknown, depth = 0): object[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const wrapped = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  const inner = [wrapped.driverError, wrapped.cause, ...(Array.isArray(wrapped.errors) ? wrapped.errors : [])];
  return [error, ...inner.flatMap((e) => causes(e, depth + 1))];
}
