import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { REDIS } from '../../redis/redis.module';
import { assertAllowed, RedisLimiter } from './redis-limiter';
import { failedCredentialsPerIp, requestsPerToken } from './throttle-rules';

/**
 * Limits for bearer-token calls: requests per token per minute, and unknown tokens per address
 * (counted with failed sign-ins). Redis down → 503 (fail closed): no limit, no token calls.
 */
@Injectable()
export class TokenThrottle {
  private readonly limiter: RedisLimiter;

  constructor(@Inject(REDIS) redis: Redis, @InjectConfig() private readonly config: AppConfig) {
    this.limiter = new RedisLimiter(redis, 'API token requests are paused for a moment: the rate limiter cannot be reached. Retry later.');
  }

  async countRequest(tokenId: string): Promise<void> {
    assertAllowed(await this.limiter.reserve([requestsPerToken(this.config, tokenId)]), 'Rate limit exceeded for this API token.');
  }

  /** An unknown token: 429 once this address has used up its failed-credential budget. */
  async countUnknown(ip: string): Promise<void> {
    assertAllowed(await this.limiter.reserve([failedCredentialsPerIp(this.config, ip)]), 'Too many unknown API tokens from this address. Try again later.');
  }
}
