import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { resetAppConfig, type AppConfig } from '../config/app-config';
import { minuteSlot, reconcileScheduler, scheduleSlotCron, SlotCron, SlotCronScheduler, slotJobId, unscheduleCrons } from './slot-cron';
import { workerProviders } from './worker-providers';

describe('slot cron helper', () => {
  it('names one slot per minute, whatever the second of the tick', () => {
    expect(minuteSlot(new Date('2026-11-26T02:00:17.250Z'))).toBe('2026-11-26T02:00');
    expect(minuteSlot(new Date('2026-11-26T02:00:59.999Z'))).toBe(minuteSlot(new Date('2026-11-26T02:00:00Z')));
    expect(minuteSlot(new Date('2026-11-26T02:01:00Z'))).toBe('2026-11-26T02:01');
    expect(slotJobId('reconcile', '2026-11-26T02:00')).toBe('reconcile:2026-11-26T02:00');
  });

  it('registers a cron that hands its slot to the enqueue callback, logs a failed enqueue, and unregisters', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T02:00:30Z') });
    try {
      const registry = new SchedulerRegistry();
      const logger = { warn: jest.fn() } as unknown as Logger;
      const slots: string[] = [];
      scheduleSlotCron(registry, logger, 'every-second', '* * * * * *', async (slot) => {
        slots.push(slot);
        throw new Error('redis away');
      });
      expect(registry.doesExist('cron', 'every-second')).toBe(true);
      await jest.advanceTimersByTimeAsync(1_100);
      expect(slots).toEqual(['2026-11-26T02:00']);
      expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ err: 'redis away', cron: 'every-second' }), expect.any(String));
      unscheduleCrons(registry, 'every-second', 'never-registered');
      expect(registry.doesExist('cron', 'every-second')).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('SlotCronScheduler', () => {
  class TwoCrons extends SlotCronScheduler {
    readonly enqueued: string[] = [];
    constructor(registry: SchedulerRegistry, private readonly nightly: string | null) {
      super(registry);
    }
    protected crons(): SlotCron[] {
      return [
        { name: 'two-reconcile', cronTime: '* * * * * *', enqueue: async (slot) => this.enqueued.push(`reconcile ${slot}`) },
        { name: 'two-nightly', cronTime: this.nightly, enqueue: async (slot) => this.enqueued.push(`nightly ${slot}`) },
      ];
    }
  }

  it('registers the crons that have a schedule, hands each its slot, and removes them on destroy', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T02:00:30Z') });
    try {
      const registry = new SchedulerRegistry();
      const scheduler = new TwoCrons(registry, null);
      scheduler.onApplicationBootstrap();
      expect(registry.doesExist('cron', 'two-reconcile')).toBe(true);
      expect(registry.doesExist('cron', 'two-nightly')).toBe(false);
      await jest.advanceTimersByTimeAsync(1_100);
      expect(scheduler.enqueued).toEqual(['reconcile 2026-11-26T02:00']);
      scheduler.onModuleDestroy();
      expect(registry.getCronJobs().size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('registers an optional cron once it has a schedule', () => {
    const registry = new SchedulerRegistry();
    const scheduler = new TwoCrons(registry, '0 3 * * *');
    scheduler.onApplicationBootstrap();
    expect([...registry.getCronJobs().keys()].sort()).toEqual(['two-nightly', 'two-reconcile']);
    scheduler.onModuleDestroy();
    expect(registry.getCronJobs().size).toBe(0);
  });

  it('in a process without workers (workerProviders) declares its crons but registers none', () => {
    class ApiOnly extends TwoCrons {}
    const providers = withRole('api', () => workerProviders(class Processor {}, ApiOnly));
    expect(providers).toEqual([ApiOnly]);
    const registry = new SchedulerRegistry();
    const scheduler = new ApiOnly(registry, '0 3 * * *');
    scheduler.onApplicationBootstrap();
    expect(registry.getCronJobs().size).toBe(0);
    expect(scheduler.declaredCrons().map((c) => c.name)).toEqual(['two-reconcile', 'two-nightly']);
    class Worker extends TwoCrons {}
    expect(withRole('worker', () => workerProviders(Worker))).toEqual([Worker]);
    const workerScheduler = new Worker(registry, null);
    workerScheduler.onApplicationBootstrap();
    expect([...registry.getCronJobs().keys()]).toEqual(['two-reconcile']);
    workerScheduler.onModuleDestroy();
  });
});

/** Runs `work` with APP_ROLE set (workerProviders reads it), then restores the environment and config. */
function withRole<T>(role: string, work: () => T): T {
  const before = process.env.APP_ROLE;
  process.env.APP_ROLE = role;
  resetAppConfig();
  try {
    return work();
  } finally {
    if (before === undefined) delete process.env.APP_ROLE;
    else process.env.APP_ROLE = before;
    resetAppConfig();
  }
}

describe('reconcileScheduler', () => {
  class FakeQueue {
    readonly slots: string[] = [];
    async enqueueReconcile(slot: string) {
      this.slots.push(slot);
    }
  }

  it("schedules the queue's reconcile job on RECONCILE_CRON under the given name", async () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T02:00:30Z') });
    try {
      const Scheduler = reconcileScheduler('fake-reconcile', FakeQueue);
      const registry = new SchedulerRegistry();
      const queue = new FakeQueue();
      const scheduler = new Scheduler(registry, queue, { reconcileCron: '* * * * * *' } as AppConfig);
      scheduler.onApplicationBootstrap();
      expect([...registry.getCronJobs().keys()]).toEqual(['fake-reconcile']);
      await jest.advanceTimersByTimeAsync(2_100);
      expect(queue.slots).toEqual(['2026-11-26T02:00', '2026-11-26T02:00']);
      scheduler.onModuleDestroy();
      expect(registry.getCronJobs().size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
