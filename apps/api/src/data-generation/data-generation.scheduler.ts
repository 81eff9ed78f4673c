import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../config/config.module';
import { reconcileCron, SlotCron, SlotCronScheduler } from '../queues/slot-cron';
import { DataGenerationQueue } from './data-generation.queue';

/** RECONCILE_CRON: one reconcile job per time slot, so with several workers the scan runs once per slot. */
@Injectable()
export class DataGenerationScheduler extends SlotCronScheduler {
  constructor(registry: SchedulerRegistry, private readonly queue: DataGenerationQueue, @InjectConfig() private readonly config: AppConfig) {
    super(registry);
  }

  protected crons(): SlotCron[] {
    return [reconcileCron('data-generation-reconcile', this.config.reconcileCron, this.queue)];
  }
}
