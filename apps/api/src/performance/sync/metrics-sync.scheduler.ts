import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { minuteSlot, scheduleSlotCron, unscheduleCrons } from '../../queues/slot-cron';
import { MetricsSyncQueue } from './metrics-sync.queue';

const SYNC_CRON = 'metrics-sync';
const RECONCILE_CRON = 'metrics-sync-reconcile';

/**
 * Cron handlers only enqueue one job per time slot (its id holds the slot), so two workers or a
 * double fire run the work once: METRICS_SYNC_CRON → the fan-out to one job per connection;
 * RECONCILE_CRON → re-enqueueing "Sync now" requests whose job was lost. Worker role only.
 */
@Injectable()
export class MetricsSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsSyncScheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly queue: MetricsSyncQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    scheduleSlotCron(this.registry, this.logger, SYNC_CRON, this.config.metricsSyncCron, (slot) => this.queue.enqueueSlot(slot));
    scheduleSlotCron(this.registry, this.logger, RECONCILE_CRON, this.config.reconcileCron, (slot) => this.queue.enqueueRequestReconcile(slot));
  }

  onApplicationShutdown(): void {
    unscheduleCrons(this.registry, SYNC_CRON, RECONCILE_CRON);
  }

  /** What the sync cron does at `now` (tests call it to simulate ticks). */
  tick(now: Date = new Date()) {
    return this.queue.enqueueSlot(minuteSlot(now));
  }
}
