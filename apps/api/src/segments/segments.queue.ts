import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { withTimeout } from '../queues/enqueue-timeout';

export const SEGMENTATION_QUEUE = 'segmentation';

/** Job names on the segmentation queue; payloads carry ids only. */
export const RUN_JOB = 'run';
export const PLACE_CANDIDATES_JOB = 'place-candidates';
export const SCHEDULED_RUN_JOB = 'scheduled-run';

export interface RunJobData {
  runId: string;
}
export interface PlaceCandidatesJobData {
  runId: string;
  /** ISO time of the activation this placement follows (a later activation supersedes it). */
  activatedAt: string;
}
export interface ScheduledRunJobData {
  /** ISO minute of the cron tick, so every worker enqueues the same job id for one slot. */
  slot: string;
}

/**
 * A run is not retried by Bull: its failure (bad parameters, too few candidates) is recorded
 * on the row for a person to read; a worker that dies mid-run leaves a stalled job, which Bull
 * hands to another worker once, and the run restarts from scratch (it writes in one transaction).
 */
const RUN_JOB_OPTIONS: JobOptions = { attempts: 1, removeOnComplete: 100, removeOnFail: 100 };
/** Placements are idempotent: retry with backoff. */
const PLACE_JOB_OPTIONS: JobOptions = { attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 100, removeOnFail: 100 };

export const placementJobId = (runId: string, activatedAt: Date) => `place:${runId}:${activatedAt.getTime()}`;

/** Enqueues segmentation work. Callers enqueue after their transaction commits. */
@Injectable()
export class SegmentationQueue {
  private readonly logger = new Logger(SegmentationQueue.name);

  constructor(@InjectQueue(SEGMENTATION_QUEUE) readonly queue: Queue) {}

  /** Job id = run id: enqueueing the same run twice is a no-op. */
  async enqueueRun(runId: string): Promise<void> {
    await this.safely(() => this.queue.add(RUN_JOB, { runId } satisfies RunJobData, { ...RUN_JOB_OPTIONS, jobId: runId }), runId);
  }

  /**
   * After an activation: place the candidates the run never saw (CandidatePlacement.placeUnseen).
   * One job per activation (a run activated again later places again): id from activated_at.
   */
  async enqueuePlacement(runId: string, activatedAt: Date): Promise<void> {
    const jobId = placementJobId(runId, activatedAt);
    const data: PlaceCandidatesJobData = { runId, activatedAt: activatedAt.toISOString() };
    await this.safely(() => this.queue.add(PLACE_CANDIDATES_JOB, data, { ...PLACE_JOB_OPTIONS, jobId }), runId);
  }

  async enqueueScheduledRun(slot: string): Promise<void> {
    const data: ScheduledRunJobData = { slot };
    await this.queue.add(SCHEDULED_RUN_JOB, data, { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, jobId: `scheduled:${slot}`, removeOnComplete: 50, removeOnFail: 50 });
  }

  /** The row is the source of truth: when Redis is away the reconciler enqueues it later. */
  private async safely(add: () => Promise<unknown>, runId: string): Promise<void> {
    try {
      await withTimeout(add()); // Bull would wait for Redis indefinitely; the request must not
    } catch (error) {
      this.logger.warn({ err: error, runId }, 'could not enqueue segmentation work; the reconciler will retry');
    }
  }
}
