import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { appConfig } from '../config/app-config';
import { ProblemException } from '../common/problem';
import { REDIS } from '../redis/redis.module';
import { RateLimiter } from '../redis/rate-limiter';

/** Counts failed logins per account and per IP; too many → 429 with Retry-After. */
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiter;
  private readonly perIp: RateLimiter;

  constructor(@Inject(REDIS) redis: Redis) {
    const { loginMaxAttemptsPerAccount, loginMaxAttemptsPerIp, loginWindowSeconds } = appConfig();
    this.perAccount = new RateLimiter(redis, 'login-account', loginMaxAttemptsPerAccount, loginWindowSeconds);
    this.perIp = new RateLimiter(redis, 'login-ip', loginMaxAttemptsPerIp, loginWindowSeconds);
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.check(email), this.perIp.check(ip)]);
    const blocked = [account, address].find((d) => !d.allowed);
    if (blocked) {
      const error = new ProblemException(429, 'Too many failed sign-in attempts. Try again later.', { retryAfter: blocked.retryAfterSeconds });
      throw error;
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.hit(email), this.perIp.hit(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.reset(email);
  }
}
