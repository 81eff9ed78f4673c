/**
 * google-ads-api failures → PlatformError.
 *
 * What arrives (research/ad-platforms.md §2.4, checked against 25.1.0):
 * - `errors.GoogleAdsFailure` — decoded from the gRPC `googleadsfailure-bin` trailer (mutations)
 *   or from REST `error.details[0]` (queries); enums are numbers after decoding.
 * - a gax/gRPC error `{ code: 0–16, details, metadata }` when there is no failure trailer.
 * - an Error whose `cause` is the REST `error` object `{ code: 503, status: 'UNAVAILABLE' }`.
 * - a GaxiosError from the OAuth token refresh (`invalid_grant` = revoked/expired refresh token).
 */
import type { errors } from 'google-ads-api';
import { googleAdsSdk } from './google-ads-sdk';
import { PlatformError, PlatformErrorKind } from '../platform-error';
import { errorMessage, isNetworkError, isPlatformError, kindForHttpStatus, platformError } from '../platform-error-mapping';

export interface GoogleErrorEntry {
  /** ErrorCode oneof key, e.g. `quota_error`. */
  type: string;
  /** Enum name, e.g. `RESOURCE_TEMPORARILY_EXHAUSTED`. */
  name: string;
  message: string;
  fieldPath?: string;
  retryDelayMs?: number;
}

type EnumTable = Record<string | number, string | number>;
const enumTables = () => googleAdsSdk().errors as unknown as Record<string, Record<string, EnumTable> | undefined>;

/** `quota_error` + 4 → `RESOURCE_TEMPORARILY_EXHAUSTED` via errors.QuotaErrorEnum.QuotaError. */
function enumName(type: string, value: unknown): string {
  if (typeof value === 'string') return value;
  const pascal = type.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  const name = enumTables()[`${pascal}Enum`]?.[pascal]?.[Number(value)];
  return typeof name === 'string' ? name : String(value);
}

function durationMs(duration: unknown): number | undefined {
  if (!duration || typeof duration !== 'object') return undefined;
  const { seconds, nanos } = duration as { seconds?: unknown; nanos?: unknown };
  const secs = seconds && typeof seconds === 'object' && 'toNumber' in seconds ? (seconds as { toNumber(): number }).toNumber() : Number(seconds ?? 0);
  const ms = secs * 1000 + Number(nanos ?? 0) / 1e6;
  return ms > 0 ? ms : undefined;
}

/** Flattens a GoogleAdsFailure (or anything shaped like one); undefined for other errors. */
export function googleFailureEntries(err: unknown): GoogleErrorEntry[] | undefined {
  const list = (err as { errors?: unknown } | null)?.errors;
  if (!(err instanceof googleAdsSdk().errors.GoogleAdsFailure) && !(Array.isArray(list) && list.every((e) => e && typeof e === 'object' && 'error_code' in e))) return undefined;
  return ((list as errors.IGoogleAdsError[]) ?? []).map((e) => {
    const [type = 'unknown', value] = Object.entries(e.error_code ?? {}).find(([, v]) => v !== null && v !== undefined) ?? [];
    const path = (e.location?.field_path_elements ?? []).map((p) => `${p.field_name}${p.index !== null && p.index !== undefined ? `[${p.index}]` : ''}`).join('.');
    return {
      type, name: enumName(type, value), message: e.message ?? '', ...(path ? { fieldPath: path } : {}),
      retryDelayMs: durationMs(e.details?.quota_error_details?.retry_delay),
    };
  });
}

const DUPLICATE_NAME = new Set(['DUPLICATE_NAME', 'DUPLICATE_CAMPAIGN_NAME', 'DUPLICATE_ADGROUP_NAME']);

/** True when Google refused a create because the (tagged, unique) name already exists. */
export function isDuplicateNameFailure(err: unknown): boolean {
  return (googleFailureEntries(err) ?? []).some((e) => DUPLICATE_NAME.has(e.name));
}

/** gRPC status codes (grpc/status.h) and their REST names. */
const GRPC_KIND: Record<number, PlatformErrorKind> = {
  1: 'transient', 2: 'transient', 3: 'validation', 4: 'transient', 5: 'validation', 6: 'validation', 7: 'auth', 8: 'rate_limited',
  9: 'validation', 10: 'transient', 11: 'validation', 12: 'validation', 13: 'transient', 14: 'transient', 15: 'transient', 16: 'auth',
};
const STATUS_KIND: Record<string, PlatformErrorKind> = {
  CANCELLED: 'transient', UNKNOWN: 'transient', INVALID_ARGUMENT: 'validation', DEADLINE_EXCEEDED: 'transient', NOT_FOUND: 'validation',
  ALREADY_EXISTS: 'validation', PERMISSION_DENIED: 'auth', RESOURCE_EXHAUSTED: 'rate_limited', FAILED_PRECONDITION: 'validation',
  ABORTED: 'transient', OUT_OF_RANGE: 'validation', UNIMPLEMENTED: 'validation', INTERNAL: 'transient', UNAVAILABLE: 'transient',
  DATA_LOSS: 'transient', UNAUTHENTICATED: 'auth',
};
const OAUTH_AUTH_ERRORS = /\b(invalid_grant|invalid_client|unauthorized_client)\b/;

function fromFailure(entries: GoogleErrorEntry[], secrets: readonly (string | undefined)[]): PlatformError {
  const first = entries[0] ?? { type: 'unknown', name: 'UNKNOWN', message: 'Google Ads request failed' };
  const platformCode = `${first.type}.${first.name}`;
  const text = entries.slice(0, 5).map((e) => `${e.message}${e.fieldPath ? ` (${e.fieldPath})` : ''} [${e.type}.${e.name}]`).join('; ');
  const has = (pred: (e: GoogleErrorEntry) => boolean) => entries.some(pred);
  if (has((e) => e.type === 'quota_error')) {
    const delays = entries.map((e) => e.retryDelayMs ?? 0);
    return platformError('rate_limited', `Google Ads quota: ${text}`, secrets, { retryAfterMs: Math.max(...delays) || undefined, platformCode });
  }
  if (has((e) => e.type === 'authentication_error' || e.type === 'authorization_error')) {
    return platformError('auth', `Google Ads access problem: ${text}`, secrets, { platformCode });
  }
  if (has((e) => e.type === 'internal_error' || (e.type === 'database_error' && e.name === 'CONCURRENT_MODIFICATION'))) {
    return platformError('transient', `Google Ads temporary error: ${text}`, secrets, { platformCode });
  }
  return platformError('validation', text, secrets, { platformCode });
}

export function mapGoogleAdsError(err: unknown, secrets: readonly (string | undefined)[]): PlatformError {
  if (isPlatformError(err)) return err;
  const entries = googleFailureEntries(err);
  if (entries) return fromFailure(entries, secrets);

  const message = errorMessage(err);
  const e = (err ?? {}) as { code?: unknown; status?: unknown; cause?: unknown; response?: { status?: unknown; data?: unknown } };
  const oauthError = JSON.stringify(e.response?.data ?? '').match(OAUTH_AUTH_ERRORS)?.[1] ?? message.match(OAUTH_AUTH_ERRORS)?.[1];
  if (oauthError) {
    return platformError('auth', `Google OAuth refresh failed (${oauthError}): reconnect the Google Ads account. ${message}`, secrets, { platformCode: oauthError });
  }
  // gRPC (gax) errors carry a numeric status code and a `details` string.
  if (typeof e.code === 'number' && e.code >= 1 && e.code <= 16 && ('details' in (err as object) || 'metadata' in (err as object))) {
    return platformError(GRPC_KIND[e.code], `Google Ads gRPC error: ${message}`, secrets, { platformCode: e.code });
  }
  // REST errors without GoogleAdsFailure details: Error(message, { cause: { code, status } }).
  const cause = (e.cause ?? {}) as { code?: unknown; status?: unknown };
  const restStatus = typeof cause.status === 'string' ? cause.status : undefined;
  if (restStatus && STATUS_KIND[restStatus]) {
    return platformError(STATUS_KIND[restStatus], `Google Ads error: ${message}`, secrets, { platformCode: restStatus });
  }
  const httpStatus = [cause.code, e.response?.status, e.status].find((s): s is number => typeof s === 'number' && s >= 400 && s < 600);
  if (httpStatus) return platformError(kindForHttpStatus(httpStatus), `Google Ads HTTP ${httpStatus}: ${message}`, secrets, { platformCode: httpStatus });
  const what = isNetworkError(err) ? 'network error' : 'unexpected error';
  return platformError('transient', `Google Ads ${what}: ${message}`, secrets);
}
