import type { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob, CronTime } from 'cron';

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
