import { Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { minuteSlot, SlotCron, SlotCronScheduler } from '../../queues/slot-cron';
import { MetricsSyncQueue } from './metrics-sync.queue';

/**
 * One job per time slot (its id holds the slot), so two workers or a double fire run the work once:
 * METRICS_SYNC_CRON → the fan-out to one job per connection; RECONCILE_CRON → re-enqueueing "Sync now"
 * requests whose job was lost. Worker role only.
 */
@Injectable()
export class MetricsSyncScheduler extends SlotCronScheduler {
  constructor(registry: SchedulerRegistry, private readonly queue: MetricsSyncQueue, @InjectConfig() private readonly config: AppConfig) {
    super(registry);
  }

  protected crons(): SlotCron[] {
    return [
      { name: 'metrics-sync', cronTime: this.config.metricsSyncCron, enqueue: (slot) => this.queue.enqueueSlot(slot) },
      { name: 'metrics-sync-reconcile', cronTime: this.config.reconcileCron, enqueue: (slot) => this.queue.enqueueRequestReconcile(slot) },
    ];
  }

  /** What the sync cron does at `now` (tests call it to simulate ticks). */
  tick(now: Date = new Date()) {
    return this.queue.enqueueSlot(minuteSlot(now));
  }
}
