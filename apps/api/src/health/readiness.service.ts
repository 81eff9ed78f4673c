import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../common/dependency-errors';
import { ProblemException } from '../common/problem';
import { REDIS } from '../redis/redis.module';
import { HealthRepository } from './health.repository';

export type CheckState = 'up' | 'down';
export interface Readiness {
  status: 'ok';
  checks: { postgres: CheckState; redis: CheckState };
}

/** A hung dependency must not hang the probe: after this it counts as down. */
export const CHECK_TIMEOUT_MS = 2000;

/** Readiness: both dependencies answer, or 503 problem+json (with the checks and Retry-After). */
@Injectable()
export class ReadinessService {
  constructor(private readonly repository: HealthRepository, @Inject(REDIS) private readonly redis: Pick<Redis, 'ping'>) {}

  async check(): Promise<Readiness> {
    const [postgres, redis] = await Promise.all([probe(() => this.repository.ping()), probe(() => this.redis.ping())]);
    const checks = { postgres, redis };
    if (postgres !== 'up' || redis !== 'up') {
      throw new ProblemException(503, 'A dependency is unavailable.', { checks, retryAfter: DEPENDENCY_RETRY_AFTER_SECONDS });
    }
    return { status: 'ok', checks };
  }
}

async function probe(check: () => Promise<unknown>): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS)));
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
