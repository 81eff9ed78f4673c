/**
 * Platform failures mapped to what the publisher does next:
 * - rate_limited: retry after `retryAfterMs` (the platform's own wait when it gives one)
 * - auth: token expired/invalid → connection needs re-authorisation, no retry
 * - validation: the platform refused the object → publication failed with its message
 * - transient: 5xx / network / timeout → retry with exponential backoff and jitter
 */
export type PlatformErrorKind = 'rate_limited' | 'auth' | 'validation' | 'transient';

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    readonly platformCode?: string | number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}
