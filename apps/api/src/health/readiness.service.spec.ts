import { HttpException } from '@nestjs/common';
import { HealthRepository } from './health.repository';
import { CHECK_TIMEOUT_MS, ReadinessService } from './readiness.service';

const repo = (ping: () => Promise<void>) => ({ ping }) as unknown as HealthRepository;
const redis = (ping: () => Promise<string>) => ({ ping }) as never;
const up = () => Promise.resolve();
const pong = () => Promise.resolve('PONG');

async function refusal(service: ReadinessService): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    await service.check();
  } catch (error) {
    return { status: (error as HttpException).getStatus(), body: (error as HttpException).getResponse() as Record<string, unknown> };
  }
  throw new Error('readiness passed');
}

describe('ReadinessService', () => {
  it('is ok when PostgreSQL and Redis answer', async () => {
    await expect(new ReadinessService(repo(up), redis(pong)).check()).resolves.toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('is a 503 naming the dependency that failed, with a retry hint', async () => {
    const out = await refusal(new ReadinessService(repo(() => Promise.reject(new Error('ECONNREFUSED'))), redis(pong)));
    expect(out).toMatchObject({ status: 503, body: { checks: { postgres: 'down', redis: 'up' }, retryAfter: 5 } });
    const redisDown = await refusal(new ReadinessService(repo(up), redis(() => Promise.reject(new Error('closed')))));
    expect(redisDown.body.checks).toEqual({ postgres: 'up', redis: 'down' });
  });

  it('counts a dependency that hangs as down after the timeout', async () => {
    jest.useFakeTimers();
    try {
      const pending = refusal(new ReadinessService(repo(() => new Promise(() => undefined)), redis(pong)));
      await jest.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS + 1);
      expect((await pending).body.checks).toEqual({ postgres: 'down', redis: 'up' });
    } finally {
      jest.useRealTimers();
    }
  });
});
