import { Injectable } from '@nestjs/common';
import { SortKeyIndexesRepository } from './assignments/sort-key-indexes.repository';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig, InjectConfig } from '../config/config.module';
import { minuteSlot, SlotCron, SlotCronScheduler } from '../queues/slot-cron';
import { placementJobId, SegmentationQueue } from './segments.queue';
import { SegmentationRunsRepository } from './runs/segmentation-runs.repository';

/**
 * Worker-only (registered through workerProviders). Cron handlers only enqueue:
 * - SEGMENTATION_CRON (off by default): one scheduled-run job per time slot, with a job id
 *   derived from the slot, so several workers ticking together enqueue it once.
 * - RECONCILE_CRON: the database row is the source of truth. A queued or running run without
 *   a live job (Redis lost it, or enqueueing failed after commit) is enqueued again; an active
 *   run whose unseen candidates were not placed yet (candidates_synced_at null) gets its job back.
 */
@Injectable()
export class SegmentationScheduler extends SlotCronScheduler {
  constructor(
    registry: SchedulerRegistry,
    private readonly queue: SegmentationQueue,
    private readonly runs: SegmentationRunsRepository,
    private readonly sortKeyIndexes: SortKeyIndexesRepository,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super(registry);
  }

  protected crons(): SlotCron[] {
    return [
      { name: 'segmentation-nightly', cronTime: this.config.segmentationCron, enqueue: (_slot, now) => this.enqueueScheduledRun(now) },
      { name: 'segmentation-reconcile', cronTime: this.config.reconcileCron, enqueue: () => this.reconcile() },
    ];
  }

  async enqueueScheduledRun(tick: Date): Promise<void> {
    await this.queue.enqueueScheduledRun(minuteSlot(tick));
  }

  async reconcile(): Promise<void> {
    for (const run of await this.runs.findInFlight()) {
      const job = await this.queue.queue.getJob(run.id);
      if (!job) {
        this.logger.warn({ runId: run.id }, 'segmentation run had no job; enqueueing it again');
        await this.queue.enqueueRun(run.id);
      } else if (await job.isFailed()) {
        await this.runs.markFailed(run.id, 'The worker running this segmentation stopped without recording a result.', run.timings);
      }
    }
    const active = await this.runs.findActive();
    if (active?.activatedAt && !active.candidatesSyncedAt) {
      // No job, or one that ended without finishing (interrupted by a shutdown, or out of retries): again.
      const job = await this.queue.queue.getJob(placementJobId(active.id, active.activatedAt));
      if (job && ((await job.isCompleted()) || (await job.isFailed()))) await job.remove();
      if (!job || !(await this.queue.queue.getJob(job.id))) await this.queue.enqueuePlacement(active.id, active.activatedAt);
    }
    // A run whose sort-key indexes a crash left missing or invalid (see sort-key-indexes.repository.ts).
    void this.sortKeyIndexes.ensure().catch((err: unknown) => this.logger.warn({ err }, 'sort-key indexes not built yet'));
  }
}
