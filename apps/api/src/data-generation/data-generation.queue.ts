import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { LIVE_JOB_STATES, withTimeout } from '../queues/enqueue-timeout';
import { slotJobId } from '../queues/slot-cron';

/** The data generation queue: its name, job types and the producer API code uses (never the processor). */
export const DATA_GENERATION_QUEUE = 'data-generation';

/** A generation run is the queue's default (unnamed) job; its id is the run id. */
export interface DataGenerationJob {
  runId: string;
}

/** A reconcile pass, one per cron slot (job id `reconcile:<slot>`). */
export const RECONCILE_JOB = 'reconcile';

@Injectable()
export class DataGenerationQueue {
  constructor(@InjectQueue(DATA_GENERATION_QUEUE) private readonly queue: Queue<DataGenerationJob>) {}

  /** Job id = run id: enqueueing a run twice is a no-op. Throws when Redis is away (after at most ENQUEUE_TIMEOUT_MS). */
  async enqueueRun(runId: string): Promise<void> {
    await withTimeout(this.queue.add({ runId }, { jobId: runId }));
  }

  /**
   * The reconciler's step: leaves a run whose job is still live alone; otherwise (no job: Redis
   * lost it or enqueueing failed; or a finished job while the row still says queued/running:
   * the worker died past its last attempt) drops the old job and enqueues the run again.
   */
  async ensureRun(runId: string): Promise<'live' | 'enqueued'> {
    const job = await this.queue.getJob(runId);
    if (job && LIVE_JOB_STATES.has(await job.getState())) return 'live';
    if (job) await job.remove();
    await this.enqueueRun(runId);
    return 'enqueued';
  }

  /** Cron slots enqueue under one id per slot, so several workers ticking together reconcile once. */
  async enqueueReconcile(slot: string): Promise<void> {
    await this.queue.add(RECONCILE_JOB, { runId: '' }, { jobId: slotJobId(RECONCILE_JOB, slot), attempts: 1, removeOnComplete: 50, removeOnFail: 50 });
  }
}
