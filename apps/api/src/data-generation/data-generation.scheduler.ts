import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig, InjectConfig } from '../config/config.module';
import { DataGenerationQueue } from './data-generation.queue';

const CRON_NAME = 'data-generation-reconcile';

/**
 * RECONCILE_CRON only enqueues a reconcile job whose id is the time slot (the minute), so with
 * several workers the scan runs once per slot. Worker role only (workerProviders).
 */
@Injectable()
export class DataGenerationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataGenerationScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: DataGenerationQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: this.config.reconcileCron, onTick: () => this.tick(), start: true });
    this.registry.addCronJob(CRON_NAME, job as never);
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(now = new Date()): Promise<void> {
    const slot = now.toISOString().slice(0, 16); // YYYY-MM-DDTHH:mm
    await this.queue.enqueueReconcile(slot).catch((err: Error) => this.logger.warn({ err: err.message }, 'could not enqueue the data generation reconcile job'));
  }
}
