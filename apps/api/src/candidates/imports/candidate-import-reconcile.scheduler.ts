import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { CandidateImportReconciler } from './candidate-import.reconciler';

const CRON_NAME = 'candidate-imports-reconcile';

/**
 * Runs the import reconciler on RECONCILE_CRON in every worker, directly rather than through the
 * queue: it must work right after Redis comes back empty, and re-adding a job is idempotent (the
 * job id is the import id). Worker role only (workerProviders).
 */
@Injectable()
export class CandidateImportReconcileScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CandidateImportReconcileScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly reconciler: CandidateImportReconciler,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({ cronTime: this.config.reconcileCron, onTick: () => this.tick(), start: true });
    this.registry.addCronJob(CRON_NAME, job as never);
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', CRON_NAME)) this.registry.deleteCronJob(CRON_NAME);
  }

  async tick(): Promise<void> {
    await this.reconciler.run().catch((err: Error) => this.logger.warn({ err: err.message }, 'candidate import reconcile failed; next tick retries'));
  }
}
