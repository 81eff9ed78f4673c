/** Without a Redis answer after this long, a producer gives up: the database row says what is owed, a reconciler enqueues it later. */
export const ENQUEUE_TIMEOUT_MS = 2000;

/** Bull queues commands while Redis is away instead of failing: bound the wait so a request never hangs on it. */
export function withTimeout<T>(promise: Promise<T>, ms: number = ENQUEUE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Job states in which Bull will still run (or is running) the job. */
export const LIVE_JOB_STATES: ReadonlySet<string> = new Set(['waiting', 'active', 'delayed', 'paused']);
