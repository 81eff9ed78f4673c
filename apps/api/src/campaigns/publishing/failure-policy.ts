import { HttpException } from '@nestjs/common';
import { PlatformError, PlatformErrorKind } from '../../ads-platforms';

export type FailureKind = PlatformErrorKind | 'internal';

export interface FailureDecision {
  kind: FailureKind;
  /** The platform's (already redacted) text, or ours for internal errors. */
  message: string;
  /** Try again later (Bull backoff) rather than stop here. */
  retry: boolean;
  /** The token was refused: mark the connection needs_reauth, stop every retry. */
  needsReauth: boolean;
  /** The error to rethrow to Bull: a non-retryable PlatformError makes the job stop. */
  error: Error;
}

/**
 * What a failed publishing attempt means (pure):
 * - rate_limited / transient: retry (the backoff strategy honours the platform's wait), unless
 *   this was the last attempt;
 * - auth: no retry, connection needs re-authorisation;
 * - validation: no retry; the platform's message is shown on the publication;
 * - a 404 from another module (the connection or the job was deleted meanwhile): like validation;
 * - anything else (a crashed step, the database): internal, retried like a transient error.
 */
export function decideOnFailure(err: unknown, isLastAttempt: boolean): FailureDecision {
  const platformError = toPlatformError(err);
  if (platformError) {
    const retry = platformError.retryable && !isLastAttempt;
    return { kind: platformError.kind, message: platformError.message, retry, needsReauth: platformError.kind === 'auth', error: platformError };
  }
  const message = err instanceof Error ? err.message || err.name : String(err);
  return { kind: 'internal', message, retry: !isLastAttempt, needsReauth: false, error: err instanceof Error ? err : new Error(message) };
}

function toPlatformError(err: unknown): PlatformError | null {
  if (err instanceof PlatformError) return err;
  if (err instanceof HttpException && err.getStatus() === 404) {
    const detail = (err.getResponse() as { detail?: unknown }).detail;
    return new PlatformError('validation', typeof detail === 'string' ? detail : 'Something this publication needs no longer exists.');
  }
  return null;
}

const KIND_TEXT: Record<FailureKind, string> = {
  rate_limited: 'rate limited by the platform',
  transient: 'temporary platform or network error',
  auth: 'credentials refused',
  validation: 'refused by the platform',
  internal: 'internal error',
};

export function describeKind(kind: FailureKind): string {
  return KIND_TEXT[kind];
}

/** How often a job re-applies a target the user keeps changing before it lets Bull retry later. */
export const SETTLE_ROUNDS = 3;

/** Transient: Bull retries later, and the retry applies the target the user asked for last. */
export function targetKeptChanging(): PlatformError {
  return new PlatformError('transient', 'The requested status kept changing while it was being applied; trying again shortly.');
}
