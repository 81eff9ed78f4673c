import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { AppConfig, InjectConfig } from '../config/config.module';
import { LIVE_JOB_STATES, withTimeout } from '../queues/enqueue-timeout';
import { slotJobId } from '../queues/slot-cron';
import { PLATFORM_BACKOFF } from './publishing/retry-policy';

/**
 * The campaigns queue: its name, job types and payloads, and the producer the API uses. The
 * consumer (publishing/campaigns.processor.ts) imports this file, never the other way round.
 */
export const CAMPAIGNS_QUEUE = 'campaigns';
/** Create the platform objects of a publication, step by step, then set its delivery status. */
export const PUBLISH_JOB = 'publish';
/** Bring a live publication's platform objects to its target status (pause/resume/archive). */
export const STATUS_JOB = 'status';
/** Send a published campaign's edits (budget, end date, ad text) to a live publication's objects. */
export const UPDATE_JOB = 'update';
/** Scheduled scan for publications owed work with no live job. */
export const RECONCILE_JOB = 'reconcile';

export type PublicationJobKind = typeof PUBLISH_JOB | typeof STATUS_JOB | typeof UPDATE_JOB;

/** Payloads carry ids only; the generation names the request the job belongs to. */
export interface PublicationJobData {
  publicationId: string;
  generation: number;
}

/**
 * Deterministic job ids: enqueueing the same request twice (the API after commit, then the
 * reconciler) adds one job, and a newer request (generation + 1) never collides with an old one.
 */
export const publicationJobId = (kind: PublicationJobKind, ref: PublicationJobData) => `${kind}:${ref.publicationId}:${ref.generation}`;


/** The campaigns queue seen from the API side: adds jobs, checks whether a job is still alive. */
@Injectable()
export class PublishQueue {
  private readonly logger = new Logger(PublishQueue.name);

  constructor(@InjectQueue(CAMPAIGNS_QUEUE) private readonly queue: Queue, @InjectConfig() private readonly config: AppConfig) {}

  /**
   * Adds one job per publication, after the rows are committed. A Redis outage is logged and
   * reported (false), never thrown: the rows are the truth and the reconciler enqueues them later.
   */
  async enqueue(kind: PublicationJobKind, refs: readonly PublicationJobData[]): Promise<boolean> {
    if (refs.length === 0) return true;
    try {
      await withTimeout(Promise.all(refs.map((ref) => this.queue.add(kind, ref, this.jobOptions(kind, ref)))));
      return true;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, kind, publications: refs.map((r) => r.publicationId) }, 'could not enqueue; the reconciler will retry');
      return false;
    }
  }

  /**
   * For the reconciler: (re-)adds the job unless it is waiting, running or delayed. A finished
   * job under the same id is removed first (Bull ignores an add whose id exists).
   */
  async ensure(kind: PublicationJobKind, ref: PublicationJobData): Promise<'live' | 'added'> {
    const id = publicationJobId(kind, ref);
    const existing = await this.queue.getJob(id);
    if (existing) {
      if (LIVE_JOB_STATES.has(await existing.getState())) return 'live';
      await existing.remove();
    }
    await this.queue.add(kind, ref, this.jobOptions(kind, ref));
    return 'added';
  }

  /** One reconcile job per time slot, whichever worker's cron fires first. */
  async enqueueReconcile(slot: string): Promise<void> {
    await withTimeout(this.queue.add(RECONCILE_JOB, { slot }, { jobId: slotJobId(RECONCILE_JOB, slot), attempts: 1, removeOnComplete: 100, removeOnFail: 100 }));
  }

  private jobOptions(kind: PublicationJobKind, ref: PublicationJobData): JobOptions {
    return { jobId: publicationJobId(kind, ref), attempts: this.config.publishMaxAttempts, backoff: { type: PLATFORM_BACKOFF } };
  }
}
