import Bull, { Job, Queue } from 'bull';
import { TEST_ENV } from '../test-env';

/**
 * What a worker killed with kill -9 leaves in Redis: it took the next job (now active, under its
 * lock) and died, so nobody renews the lock. `lockMs` is the dead worker's lock time, short so the
 * test does not wait Bull's default 30 s. Returns the job it held.
 */
export async function jobHeldByDeadWorker(queue: Queue, lockMs = 300): Promise<Job> {
  const doomed = new Bull(queue.name, TEST_ENV.REDIS_URL, { prefix: TEST_ENV.QUEUE_PREFIX, settings: { lockDuration: lockMs } });
  try {
    const job = await doomed.getNextJob();
    if (!job) throw new Error(`no job waiting in ${queue.name}`);
    return job;
  } finally {
    // Its connections go away without releasing anything, as a crashed process's would.
    for (const client of doomed.clients) client.disconnect();
  }
}

/**
 * The stalled-job check every live worker runs every 30 s (Bull's stalledInterval), run now:
 * the first pass marks the active jobs, the second hands back those whose lock has expired.
 * The `stalled-check` key only throttles it to one pass per interval, so it is cleared first.
 */
export async function runStalledJobCheck(queue: Queue, lockMs = 300): Promise<void> {
  const check = (queue as Queue & { moveUnlockedJobsToWait(): Promise<void> }).moveUnlockedJobsToWait.bind(queue);
  for (const pass of [1, 2]) {
    await queue.client.del(queue.toKey('stalled-check'));
    await check();
    if (pass === 1) await new Promise((r) => setTimeout(r, lockMs + 100));
  }
}
