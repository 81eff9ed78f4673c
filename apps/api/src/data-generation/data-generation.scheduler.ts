import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../config/config.module';
import { scheduleSlotCron, unscheduleCrons } from '../queues/slot-cron';
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
    scheduleSlotCron(this.registry, this.logger, CRON_NAME, this.config.reconcileCron, (slot) => this.queue.enqueueReconcile(slot));
  }

  onApplicationShutdown(): void {
    unscheduleCrons(this.registry, CRON_NAME);
  }
}
