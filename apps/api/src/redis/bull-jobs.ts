import type { JobOptions, Queue } from 'bull';

/** Job states that mean "someone will still run it". */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'paused']);

/** Rejects when `promise` has not settled within `ms` (Redis calls otherwise wait for a reconnect). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'queue'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when the queue's command connection is up (Bull connects lazily: a never-used queue reports false). */
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
    if (LIVE_STATES.has(await existing.getState())) return 'live';
    await existing.remove();
  }
  await (name === undefined ? queue.add(data, options) : queue.add(name, data, options));
  return 'added';
}
