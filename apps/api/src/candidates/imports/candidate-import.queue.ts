import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { ensureJob, queueConnected, withTimeout } from '../../redis/bull-jobs';
import { logRedisErrors } from '../../redis/redis-errors';

export const CANDIDATE_IMPORT_QUEUE = 'candidate-imports';

export interface CandidateImportJob {
  importId: string;
}

/** An upload must be answered within 2 s even when Redis is away (it would otherwise wait for a reconnect). */
const ENQUEUE_TIMEOUT_MS = 1500;

/** The import queue seen from the API and the reconciler; one job per import, its id the import's id. */
@Injectable()
export class CandidateImportQueue {
  constructor(@InjectQueue(CANDIDATE_IMPORT_QUEUE) private readonly queue: Queue<CandidateImportJob>) {
    logRedisErrors(queue, CANDIDATE_IMPORT_QUEUE); // Bull swallows its clients' errors otherwise
  }

  /** False when Redis is known to be down right now: refuse the upload before writing anything. */
  get available(): boolean {
    return queueConnected(this.queue);
  }

  async enqueue(importId: string): Promise<void> {
    await withTimeout(this.queue.add({ importId }, { jobId: importId }), ENQUEUE_TIMEOUT_MS);
  }

  /** For the reconciler: adds the import's job again unless it is still alive. */
  ensure(importId: string): Promise<'live' | 'added'> {
    return withTimeout(ensureJob(this.queue, undefined, { importId }, { jobId: importId }), 5000);
  }
}
