import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { reconcileCron, SlotCron, SlotCronScheduler } from '../../queues/slot-cron';
import { CandidateImportQueue } from './candidate-import.queue';

/**
 * RECONCILE_CRON: one import-reconcile job per time slot (several workers: the scan runs once). While Redis is
 * away nothing is enqueued; the first tick after it is back finds the imports whose jobs it lost.
 */
@Injectable()
export class CandidateImportReconcileScheduler extends SlotCronScheduler {
  constructor(registry: SchedulerRegistry, private readonly queue: CandidateImportQueue, @InjectConfig() private readonly config: AppConfig) {
    super(registry);
  }

  protected crons(): SlotCron[] {
    return [reconcileCron('candidate-imports-reconcile', this.config.reconcileCron, this.queue)];
  }
}
