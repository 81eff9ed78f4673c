import { Logger } from '@nestjs/common';

interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** While Redis is down a client reports the same error on every reconnect attempt: log it once per this long. */
const QUIET_MS = 30_000;

/**
 * Listens to a Redis client's (or a Bull queue's) 'error' events: without a listener ioredis
 * prints "Unhandled error event" on every reconnect attempt. Commands fail on their own, so the
 * listener only has to log, and not flood the log during an outage.
 */
export function logRedisErrors<T extends ErrorEmitter>(emitter: T, name: string, logger = new Logger('Redis')): T {
  let lastLogged = 0;
  emitter.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastLogged < QUIET_MS) return;
    lastLogged = now;
    logger.warn({ client: name, err: error.message }, 'Redis connection error (retrying in the background)');
  });
  return emitter;
}
