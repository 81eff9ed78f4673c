import type Redis from 'ioredis';

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in Redis, shared by every API instance.
 * `hit` counts an event; `check` only reads (login counts failures, not attempts).
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  private key(subject: string): string {
    return `rl:${this.name}:${subject}`;
  }

  async hit(subject: string): Promise<RateDecision> {
    const key = this.key(subject);
    const [[, count], [, ttl]] = (await this.redis.multi().incr(key).ttl(key).exec()) as [[null, number], [null, number]];
    if (ttl < 0) await this.redis.expire(key, this.windowSeconds);
    const retryAfterSeconds = ttl > 0 ? ttl : this.windowSeconds;
    return { allowed: count <= this.limit, retryAfterSeconds };
  }

  async check(subject: string): Promise<RateDecision> {
    const key = this.key(subject);
    const [[, raw], [, ttl]] = (await this.redis.multi().get(key).ttl(key).exec()) as [[null, string | null], [null, number]];
    const count = Number(raw ?? 0);
    return { allowed: count < this.limit, retryAfterSeconds: ttl > 0 ? ttl : this.windowSeconds };
  }

  async reset(subject: string): Promise<void> {
    await this.redis.del(this.key(subject));
  }
}
