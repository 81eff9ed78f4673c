import { EventEmitter } from 'node:events';
import type { SchedulerRegistry } from '@nestjs/schedule';
import type Redis from 'ioredis';
import { ScheduleJournal } from './schedule-journal';

/** A Redis client double: a status, the 'ready' event, and a multi() that records what was written. */
function fakeRedis(status: string) {
  const written: string[][] = [];
  const redis = Object.assign(new EventEmitter(), {
    status,
    multi: () => {
      const chain = { hset: (_key: string, ...fields: string[]) => (written.push(fields), chain), pexpire: () => chain, exec: async () => [] };
      return chain;
    },
  });
  return { redis: redis as unknown as Redis & EventEmitter, written };
}

const registry = {
  getCronJobs: () => new Map([['metrics-sync', { isActive: true, nextDate: () => ({ toJSDate: () => new Date('2026-12-04T10:00:00Z') }), lastDate: () => null, cronTime: { source: '*/30 * * * *' } }]]),
} as unknown as SchedulerRegistry;

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ScheduleJournal', () => {
  it('reports its crons at boot once Redis is connected, not before (no warning on every start)', async () => {
    const { redis, written } = fakeRedis('connecting');
    const journal = new ScheduleJournal(registry, redis);
    journal.onApplicationBootstrap();
    await tick();
    expect(written).toHaveLength(0);
    (redis as unknown as { status: string }).status = 'ready';
    redis.emit('ready');
    await tick();
    expect(written).toHaveLength(1);
    expect(written[0][0]).toMatch(/^metrics-sync\|/);
    journal.onApplicationShutdown();
  });

  it('reports at once when Redis is already connected', async () => {
    const { redis, written } = fakeRedis('ready');
    const journal = new ScheduleJournal(registry, redis);
    journal.onApplicationBootstrap();
    await tick();
    expect(written).toHaveLength(1);
    journal.onApplicationShutdown();
  });
});
