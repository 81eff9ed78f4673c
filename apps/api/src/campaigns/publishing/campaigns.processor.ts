import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { PlatformError } from '../../ads-platforms';
import { PublicationPublisher } from './publication-publisher';
import { PublicationReconciler } from './publication-reconciler';
import { PublicationStatusSync } from './publication-status-sync';
import { CAMPAIGNS_QUEUE, PUBLISH_JOB, PublicationJobData, RECONCILE_JOB, STATUS_JOB, UPDATE_JOB } from '../campaigns.queue';
import { PublicationUpdater } from './publication-updater';

/**
 * Jobs per worker process in parallel. Bull adds up the concurrency of a queue's named
 * processors (5 + 2 + 1 + 1 = 9 slots, any job type per slot); each running publication job holds a
 * database connection for its lock plus one at a time for its writes, well within the pool of 20.
 */
const PUBLISH_CONCURRENCY = 5;
const STATUS_CONCURRENCY = 2;

/**
 * The campaigns queue's consumer (registered only where APP_ROLE runs workers). Thin: the work
 * is in the publisher, the status sync, the updater and the reconciler; here only Bull's side of retries.
 */
@Processor(CAMPAIGNS_QUEUE)
export class CampaignsProcessor {
  constructor(
    private readonly publisher: PublicationPublisher,
    private readonly statusSync: PublicationStatusSync,
    private readonly reconciler: PublicationReconciler,
    private readonly updater: PublicationUpdater,
  ) {}

  @Process({ name: PUBLISH_JOB, concurrency: PUBLISH_CONCURRENCY })
  publish(job: Job<PublicationJobData>) {
    return stopOnFinal(job, () =>
      this.publisher.publish(job.data, { isLastAttempt: isLastAttempt(job), attemptsAllowed: job.opts.attempts ?? 1, progress: (p) => job.progress(p) }),
    );
  }

  @Process({ name: STATUS_JOB, concurrency: STATUS_CONCURRENCY })
  status(job: Job<PublicationJobData>) {
    return stopOnFinal(job, () => this.statusSync.apply(job.data, isLastAttempt(job)));
  }

  @Process({ name: UPDATE_JOB, concurrency: 1 })
  update(job: Job<PublicationJobData>) {
    return stopOnFinal(job, () => this.updater.apply(job.data, isLastAttempt(job)));
  }

  @Process({ name: RECONCILE_JOB, concurrency: 1 })
  reconcile() {
    return this.reconciler.run();
  }
}

/** Bull increments attemptsMade after a failure, so during the last attempt it is attempts − 1. */
function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** auth/validation errors must not be retried: discard the job so Bull moves it to failed at once. */
async function stopOnFinal<T>(job: Job, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof PlatformError && !err.retryable) job.discard();
    throw err;
  }
}
