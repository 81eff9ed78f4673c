import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { appConfig } from '../../config/app-config';
import { MetricsSyncQueue, minuteSlot } from './metrics-sync.queue';
import { MetricsSyncService } from './metrics-sync.service';

const CRON_NAME = 'metrics-sync';

/**
 * METRICS_SYNC_CRON only enqueues: one job per connection with the time slot in its id, so two
 * workers (or a double fire) never sync the same connection twice in one slot. Worker role only.
 */
@Injectable()
export class MetricsSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsSyncScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: MetricsSyncQueue,
    private readonly sync: MetricsSyncService,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: appConfig().metricsSyncCron, onTick: () => void this.tick(), start: true });
    this.registry.addCronJob(CRON_NAME, job as never);
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(now: Date = new Date()): Promise<number> {
    try {
      const connections = await this.sync.connectionsToSync();
      const slot = minuteSlot(now);
      await Promise.all(connections.map((id) => this.queue.enqueueConnection(id, slot)));
      return connections.length;
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'could not enqueue metrics sync');
      return 0;
    }
  }
}
