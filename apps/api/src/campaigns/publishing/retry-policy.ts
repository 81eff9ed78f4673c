import { PlatformError } from '../../ads-platforms';

/**
 * When to try a failed publication step again (a Bull custom backoff strategy, so the delay can
 * depend on the error):
 * - rate_limited: never earlier than the platform asked (retryAfterMs), plus up to 10 % jitter
 *   so that every publication throttled at the same moment does not come back at once;
 * - transient (5xx, network, timeout) and unknown errors (a crashed step): exponential backoff
 *   with "equal jitter" — half the step fixed, half random — capped at maxMs;
 * - auth / validation: -1, which tells Bull not to retry at all.
 */
export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
}

export function retryDelayMs(attemptsMade: number, err: unknown, settings: BackoffSettings, random: () => number = Math.random): number {
  if (err instanceof PlatformError && !err.retryable) return -1;
  if (err instanceof PlatformError && err.kind === 'rate_limited' && err.retryAfterMs !== undefined) {
    return Math.ceil(err.retryAfterMs + random() * err.retryAfterMs * 0.1);
  }
  const exponent = Math.max(0, attemptsMade - 1);
  const step = Math.min(settings.maxMs, settings.baseMs * 2 ** exponent);
  return Math.ceil(step / 2 + random() * (step / 2));
}

/** The Bull backoff type name under which `retryDelayMs` is registered on the queue. */
export const PLATFORM_BACKOFF = 'platform';
