import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { withTimeout } from '../../queues/enqueue-timeout';
import { slotJobId } from '../../queues/slot-cron';
import { ensureJob, queueConnected } from '../../redis/bull-jobs';
import { logRedisErrors } from '../../redis/redis-errors';

/**
 * The candidate import queue: its name, job types and payloads, and the producer the API and
 * the scheduler use. The consumer (candidate-import.processor.ts) imports this file, never the
 * other way round.
 */
export const CANDIDATE_IMPORT_QUEUE = 'candidate-imports';
/** Scheduled scan for imports owed work with no live job (named; imports themselves are unnamed jobs). */
export const RECONCILE_IMPORTS_JOB = 'reconcile';

export interface CandidateImportJob {
  importId: string;
}

/** An upload must be answered within 2 s even when Redis is away (it would otherwise wait for a reconnect). */
const ENQUEUE_TIMEOUT_MS = 1500;

/** One job per import, its id the import's id. */
@Injectable()
export class CandidateImportQueue {
  constructor(@InjectQueue(CANDIDATE_IMPORT_QUEUE) private readonly queue: Queue) {
    logRedisErrors(queue, CANDIDATE_IMPORT_QUEUE); // Bull swallows its clients' errors otherwise
  }

  /** False when Redis is known to be down right now: refuse the upload before writing anything. */
  get available(): boolean {
    return queueConnected(this.queue);
  }

  async enqueue(importId: string): Promise<void> {
    await withTimeout(this.queue.add({ importId } satisfies CandidateImportJob, { jobId: importId }), ENQUEUE_TIMEOUT_MS);
  }

  /** For the reconciler: adds the import's job again unless it is still alive. */
  ensure(importId: string): Promise<'live' | 'added'> {
    return withTimeout(ensureJob(this.queue, undefined, { importId } satisfies CandidateImportJob, { jobId: importId }));
  }

  /** One reconcile job per time slot, whichever worker's cron fires first. */
  async enqueueReconcile(slot: string): Promise<void> {
    await withTimeout(this.queue.add(RECONCILE_IMPORTS_JOB, { slot }, { jobId: slotJobId(RECONCILE_IMPORTS_JOB, slot), attempts: 1, removeOnComplete: 100, removeOnFail: 100 }));
  }
}
