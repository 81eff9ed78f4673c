import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { scheduleSlotCron, unscheduleCrons } from '../../queues/slot-cron';
import { CandidateImportQueue } from './candidate-import.queue';

const CRON_NAME = 'candidate-imports-reconcile';

/**
 * RECONCILE_CRON enqueues one import-reconcile job per time slot (several workers: the scan runs
 * once). While Redis is away nothing is enqueued; the first tick after it is back finds the
 * imports whose jobs it lost. Worker role only (workerProviders).
 */
@Injectable()
export class CandidateImportReconcileScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CandidateImportReconcileScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: CandidateImportQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    scheduleSlotCron(this.registry, this.logger, CRON_NAME, this.config.reconcileCron, (slot) => this.queue.enqueueReconcile(slot));
  }

  onApplicationShutdown(): void {
    unscheduleCrons(this.registry, CRON_NAME);
  }
}
