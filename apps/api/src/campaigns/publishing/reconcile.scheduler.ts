import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { appConfig } from '../../config/app-config';
import { PublishQueue } from './publish-queue';

const CRON_NAME = 'campaigns-reconcile';

/**
 * RECONCILE_CRON only enqueues a reconcile job whose id is the time slot (the minute), so with
 * several workers the scan runs once per slot. Worker role only (workerProviders).
 */
@Injectable()
export class ReconcileScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconcileScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: PublishQueue,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: appConfig().reconcileCron, onTick: () => this.tick(), start: true });
    this.registry.addCronJob(CRON_NAME, job as never);
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(now = new Date()): Promise<void> {
    const slot = now.toISOString().slice(0, 16); // YYYY-MM-DDTHH:mm
    await this.queue.enqueueReconcile(slot).catch((err: Error) => this.logger.warn({ err: err.message }, 'could not enqueue the reconcile job'));
  }
}
