import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type Type } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob, CronTime } from 'cron';
import { AppConfig, InjectConfig } from '../config/config.module';

/** The minute of a tick (YYYY-MM-DDTHH:mm): every worker ticking in the same minute names the same slot. */
export const minuteSlot = (now: Date = new Date()): string => now.toISOString().slice(0, 16);

/** Deterministic Bull job id of a time slot: several workers (or a double fire) add one job, Bull ignores the rest. */
export const slotJobId = (kind: string, slot: string): string => `${kind}:${slot}`;

/**
 * The one way schedulers register a cron: the handler receives the tick's slot and should only
 * enqueue a job whose id derives from it (slotJobId), so the work runs once per slot in a worker,
 * with Bull's retries. A failed enqueue (Redis away) is logged; the next tick tries again.
 */
export function scheduleSlotCron(
  registry: SchedulerRegistry, logger: Logger, name: string, cronTime: string, enqueue: (slot: string, now: Date) => Promise<unknown>,
): void {
  const job = CronJob.from({
    cronTime,
    onTick: () => {
      const now = new Date();
      enqueue(minuteSlot(now), now).catch((error: unknown) => logger.warn({ err: (error as Error).message, cron: name }, 'cron could not enqueue its job'));
    },
    start: true,
  });
  registry.addCronJob(name, job as never);
}

/** When a cron fires next after `after` (e.g. "next sync 10:30" on a publication). */
export function nextCronTick(cronTime: string, after: Date): Date {
  return new CronTime(cronTime).getNextDateFrom(after).toJSDate();
}

/** Stops the crons on shutdown (tests open and close many apps in one process). */
export function unscheduleCrons(registry: SchedulerRegistry, ...names: string[]): void {
  for (const name of names) if (registry.doesExist('cron', name)) registry.deleteCronJob(name);
}

/** One cron a scheduler declares: its registry name, when it fires (empty = off) and the job it enqueues for a slot. */
export interface SlotCron {
  name: string;
  cronTime: string | null | undefined;
  enqueue: (slot: string, now: Date) => Promise<unknown>;
}

/** Scheduler classes provided in a process that runs no workers (see workerProviders): they register no cron. */
const cronsOff = new WeakSet<object>();
export const withoutCrons = (scheduler: object): void => void cronsOff.add(scheduler);

/**
 * Every scheduler extends this and states only its crons; registering them at bootstrap and removing them before
 * the queues close happen here, once. Schedulers exist in every role (the admin CLI's `schedules run` enqueues a
 * cron's job on demand, see workerProviders) but register their crons only where APP_ROLE runs workers (decided with the processors, by workerProviders).
 */
export abstract class SlotCronScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private registered: string[] = [];

  protected constructor(private readonly registry: SchedulerRegistry) {}

  protected abstract crons(): SlotCron[];

  /** The crons this scheduler states, registered or not (ScheduleRunner runs one on demand). */
  declaredCrons(): SlotCron[] {
    return this.crons();
  }

  onApplicationBootstrap(): void {
    if (cronsOff.has(this.constructor)) return;
    for (const { name, cronTime, enqueue } of this.crons()) {
      if (!cronTime) continue;
      scheduleSlotCron(this.registry, this.logger, name, cronTime, enqueue);
      this.registered.push(name);
    }
  }

  onModuleDestroy(): void {
    unscheduleCrons(this.registry, ...this.registered);
    this.registered = [];
  }
}

/** A module's queue producer that can enqueue its reconcile job for a slot. */
export interface ReconcileQueue {
  enqueueReconcile(slot: string): Promise<unknown>;
}

/**
 * The scheduler of a module whose only cron is RECONCILE_CRON enqueueing its reconcile job:
 * `export class XScheduler extends reconcileScheduler('x-reconcile', XQueue) {}`.
 */
export function reconcileScheduler(name: string, queue: Type<ReconcileQueue>) {
  @Injectable()
  class ReconcileScheduler extends SlotCronScheduler {
    constructor(registry: SchedulerRegistry, @Inject(queue) private readonly jobs: ReconcileQueue, @InjectConfig() private readonly config: AppConfig) {
      super(registry);
    }

    protected crons(): SlotCron[] {
      return [{ name, cronTime: this.config.reconcileCron, enqueue: (slot) => this.jobs.enqueueReconcile(slot) }];
    }
  }
  return ReconcileScheduler;
}
