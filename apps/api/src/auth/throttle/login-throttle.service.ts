import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { REDIS } from '../../redis/redis.module';
import { assertAllowed, RedisLimiter } from './redis-limiter';
import { failedCredentialsPerIp, failedSignInsPerAccountAndIp } from './throttle-rules';

/**
 * Sign-in throttling by reservation: a slot is taken *before* the password is verified, so 200
 * parallel attempts verify at most the limit. A wrong password keeps its slot (that is the
 * failure count); a right one gives it back. Redis down → 503 (fail closed).
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly limiter: RedisLimiter;

  constructor(@Inject(REDIS) redis: Redis, @InjectConfig() private readonly config: AppConfig) {
    this.limiter = new RedisLimiter(redis, 'Sign-in is paused for a moment: the rate limiter cannot be reached. Try again shortly.');
  }

  /** 429 with Retry-After when this account (from this address) or this address has no attempts left. */
  async reserve(email: string, ip: string): Promise<void> {
    const decision = await this.limiter.reserve([failedSignInsPerAccountAndIp(this.config, email, ip), failedCredentialsPerIp(this.config, ip)]);
    assertAllowed(decision, 'Too many failed sign-in attempts. Try again later.');
  }

  /** The account's failures from this address are forgotten and the address's slot is returned. */
  async succeeded(email: string, ip: string): Promise<void> {
    try {
      await this.limiter.release(failedSignInsPerAccountAndIp(this.config, email, ip).key, failedCredentialsPerIp(this.config, ip).key);
    } catch (error) {
      // The password was right: leaving a counter behind is harmless, refusing the sign-in is not.
      this.logger.warn({ err: error }, 'could not clear sign-in failure counters');
    }
  }
}
