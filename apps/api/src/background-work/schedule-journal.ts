import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';

/** Redis hash of what each worker reports about its crons: field `<cron name>|<worker>`, value JSON. */
export const SCHEDULES_KEY = 'schedules';
/** A worker reports this often; a report older than STALE_AFTER_MS means that worker is gone. */
export const REPORT_EVERY_MS = 30_000;
export const STALE_AFTER_MS = 5 * 60_000;

export interface ScheduleReport {
  name: string;
  cron: string;
  lastRunAt: string | null;
  nextRunAt: string | null;
  reportedAt: string;
}

/**
 * Crons live in worker processes (SchedulerRegistry is per process), but admins look from any API
 * process. Each worker writes its crons (expression, last and next tick) to Redis on start and every
 * 30 s; SchedulesService merges the reports. Worker role only (registered through workerProviders).
 */
@Injectable()
export class ScheduleJournal implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScheduleJournal.name);
  private readonly worker = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(private readonly registry: SchedulerRegistry, @Inject(REDIS) private readonly redis: Redis) {}

  onApplicationBootstrap(): void {
    // After the schedulers' own bootstrap hooks have registered their crons, and once Redis is connected: the client
    // queues nothing while offline, so a report at boot would fail and warn on every start.
    setImmediate(() => {
      if (this.redis.status === 'ready') void this.report();
      else this.redis.once('ready', () => void this.report());
    });
    this.timer = setInterval(() => void this.report(), REPORT_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Writes this worker's crons; Redis being away only delays the next report. */
  async report(now: Date = new Date()): Promise<void> {
    const fields: string[] = [];
    for (const [name, job] of this.registry.getCronJobs()) {
      const next = job.isActive ? job.nextDate().toJSDate() : null;
      const report: ScheduleReport = {
        name, cron: String(job.cronTime.source), lastRunAt: job.lastDate()?.toISOString() ?? null, nextRunAt: next?.toISOString() ?? null, reportedAt: now.toISOString(),
      };
      fields.push(`${name}|${this.worker}`, JSON.stringify(report));
    }
    if (fields.length === 0) return;
    try {
      await this.redis.multi().hset(SCHEDULES_KEY, ...fields).pexpire(SCHEDULES_KEY, STALE_AFTER_MS * 2).exec();
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'could not report schedules');
    }
  }
}
