import type { JobOptions, Queue } from 'bull';
import { LIVE_JOB_STATES } from '../queues/enqueue-timeout';

/** True when the queue's command connection is up: with Redis known to be down, refuse work at once. */
export function queueConnected(queue: Queue): boolean {
  return queue.client.status === 'ready';
}

/**
 * For reconcilers: (re-)adds the job unless it is waiting, running or delayed. A finished job
 * under the same id is removed first (Bull ignores an add whose id exists).
 */
export async function ensureJob<T>(queue: Queue<T>, name: string | undefined, data: T, options: JobOptions & { jobId: string }): Promise<'live' | 'added'> {
  const existing = await queue.getJob(options.jobId);
  if (existing) {
    if (LIVE_JOB_STATES.has(await existing.getState())) return 'live';
    await existing.remove();
  }
  await (name === undefined ? queue.add(data, options) : queue.add(name, data, options));
  return 'added';
}
