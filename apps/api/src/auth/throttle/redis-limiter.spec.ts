import type Redis from 'ioredis';
import { ProblemException } from '../../common/problem';
import { LIMITER_RETRY_AFTER_SECONDS, RedisLimiter } from './redis-limiter';

describe('RedisLimiter', () => {
  const rule = { key: 'rl:x', limit: 3, windowSeconds: 60 };
  const limiterWith = (evalImpl: () => Promise<unknown>) => new RedisLimiter({ eval: evalImpl } as unknown as Redis, 'Sign-in is paused.');

  it('reads the Lua verdict: allowed, or refused with the seconds left', async () => {
    expect(await limiterWith(async () => [1, 0]).reserve([rule])).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await limiterWith(async () => [0, 42]).reserve([rule])).toEqual({ allowed: false, retryAfterSeconds: 42 });
  });

  it('fails closed: a Redis error becomes 503 with Retry-After, not a 500', async () => {
    const error = await limiterWith(async () => Promise.reject(new Error("Stream isn't writeable"))).reserve([rule]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(503);
    expect((error as ProblemException).getResponse()).toMatchObject({ detail: 'Sign-in is paused.', retryAfter: LIMITER_RETRY_AFTER_SECONDS });
  });

  it('fails closed when Redis hangs, within 2 s', async () => {
    jest.useFakeTimers();
    try {
      const pending = limiterWith(() => new Promise(() => undefined)).release('rl:x').catch((e: ProblemException) => e.getStatus());
      jest.advanceTimersByTime(2000);
      expect(await pending).toBe(503);
    } finally {
      jest.useRealTimers();
    }
  });
});
