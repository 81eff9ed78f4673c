import type Redis from 'ioredis';
import { ProblemException } from '../../common/problem';

/** One counter: at most `limit` events per fixed window of `windowSeconds`. */
export interface LimitRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface LimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * All-or-nothing reservation over one or more counters, in one Lua script so concurrent callers
 * cannot all read "under the limit" before any of them counts: when any counter is at its limit
 * nothing is counted and the caller is told how long to wait; otherwise every counter goes up.
 * KEYS = counters, ARGV = limit and window per counter.
 */
const RESERVE = `
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[2 * i - 1]) then
    local ttl = redis.call('TTL', key)
    if ttl < 1 then ttl = tonumber(ARGV[2 * i]) end
    return {0, ttl}
  end
end
for i, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, ARGV[2 * i]) end
end
return {1, 0}`;

/** KEYS[1] is forgotten; KEYS[2] (optional) gives one reserved slot back. */
const RELEASE = `
redis.call('DEL', KEYS[1])
if KEYS[2] and tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
return 1`;

/** Redis is asked at most this long: a hung connection must become a 503, not a stuck request. */
const REDIS_TIMEOUT_MS = 2000;
/** What a 503 tells clients: Redis reconnects within seconds once it is back. */
export const LIMITER_RETRY_AFTER_SECONDS = 10;

/**
 * Rate limits kept in Redis, shared by every API instance. Fails closed: when Redis cannot be
 * reached the caller gets 503 problem+json with Retry-After (`unavailableDetail` says what is
 * paused), never a 500 and never an unlimited pass.
 */
export class RedisLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly unavailableDetail: string,
  ) {}

  async reserve(rules: readonly LimitRule[]): Promise<LimitDecision> {
    const args = rules.flatMap((r) => [r.limit, r.windowSeconds]);
    const [allowed, ttl] = (await this.call(() => this.redis.eval(RESERVE, rules.length, ...rules.map((r) => r.key), ...args))) as [number, number];
    return { allowed: allowed === 1, retryAfterSeconds: ttl };
  }

  /** Forgets `forget` and gives one slot of `giveBack` back (a successful sign-in). */
  async release(forget: string, giveBack?: string): Promise<void> {
    const keys = giveBack ? [forget, giveBack] : [forget];
    await this.call(() => this.redis.eval(RELEASE, keys.length, ...keys));
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('redis timeout')), REDIS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([command(), timeout]);
    } catch {
      throw new ProblemException(503, this.unavailableDetail, { retryAfter: LIMITER_RETRY_AFTER_SECONDS });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** 429 problem+json with Retry-After for a refused reservation. */
export function assertAllowed(decision: LimitDecision, detail: string): void {
  if (!decision.allowed) throw new ProblemException(429, detail, { retryAfter: decision.retryAfterSeconds });
}
