/**
 * Graph API failures → PlatformError (research/ad-platforms.md §1.6; developers.facebook.com/
 * docs/graph-api/guides/error-handling and docs/marketing-api/overview/rate-limiting).
 * Throttling arrives as HTTP 400 with a code, not 429, so the code decides, not the status.
 */
import { PlatformError } from '../platform-error';
import {
  errorMessage, isNetworkError, isPlatformError, kindForHttpStatus, parseJsonHeader, platformError, readHeader,
} from '../platform-error-mapping';

interface GraphError {
  message?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
}

/** The SDK's FacebookRequestError is not exported, so it is recognised by shape. */
interface FacebookRequestErrorLike {
  name: 'FacebookRequestError';
  message?: string;
  status: number | null;
  response: GraphError | null;
  headers: unknown;
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBucThrottle = (code: number) => code >= 80000 && code <= 80099; // 80000–80014 today
const AUTH_CODES = new Set([102, 190, 10]); // token invalid/expired, or permission missing
const isPermissionCode = (code: number) => code >= 200 && code <= 299;

/** Used when Graph throttles but gives no usable hint (no usage headers). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
/**
 * X-App-Usage carries percentages only. App limits are scored over a rolling hour, so once a
 * percentage hits 100 we wait a conservative 5 minutes before the first retry.
 */
export const APP_USAGE_EXHAUSTED_WAIT_MS = 5 * 60_000;

function isFacebookRequestError(err: unknown): err is FacebookRequestErrorLike {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'FacebookRequestError';
}

/**
 * How long Meta asks us to wait, from the usage headers (present on throttled responses):
 * - x-business-use-case-usage: {"<business id>": [{ type, call_count, estimated_time_to_regain_access (minutes) }]}
 * - x-ad-account-usage: { acc_id_util_pct, reset_time_duration (seconds) }
 * - x-app-usage: { call_count, total_cputime, total_time } (percent)
 * The longest wait wins; undefined when no header says anything.
 */
export function metaRetryAfterMs(headers: unknown): number | undefined {
  const waits: number[] = [];
  const buc = parseJsonHeader(readHeader(headers, 'x-business-use-case-usage'));
  if (buc && typeof buc === 'object') {
    for (const entries of Object.values(buc as Record<string, unknown>)) {
      for (const entry of Array.isArray(entries) ? entries : []) {
        const minutes = Number((entry as { estimated_time_to_regain_access?: unknown }).estimated_time_to_regain_access);
        if (minutes > 0) waits.push(minutes * 60_000);
      }
    }
  }
  const account = parseJsonHeader(readHeader(headers, 'x-ad-account-usage')) as { reset_time_duration?: unknown } | undefined;
  const resetSeconds = Number(account?.reset_time_duration);
  if (resetSeconds > 0) waits.push(resetSeconds * 1000);
  const app = parseJsonHeader(readHeader(headers, 'x-app-usage')) as Record<string, unknown> | undefined;
  if (app && typeof app === 'object' && Object.values(app).some((pct) => Number(pct) >= 100)) waits.push(APP_USAGE_EXHAUSTED_WAIT_MS);
  return waits.length ? Math.max(...waits) : undefined;
}

/** Maps anything thrown while talking to Graph; `secrets` (token, appsecret_proof) are redacted. */
export function mapMetaError(err: unknown, secrets: readonly (string | undefined)[]): PlatformError {
  if (isPlatformError(err)) return err;
  if (!isFacebookRequestError(err)) {
    // Network failures, and the SDK's own SyntaxError when a 5xx body is not JSON.
    const what = isNetworkError(err) ? 'network error' : 'unexpected error';
    return platformError('transient', `Meta ${what}: ${errorMessage(err)}`, secrets);
  }
  const graph = err.response ?? {};
  if (err.status === null || err.status === undefined) {
    // Timeout or connection lost. For a create this is ambiguous: the adapter's next attempt
    // looks the object up by its publication tag before creating it again.
    return platformError('transient', `Meta request got no response (timeout or connection lost): ${err.message ?? ''}`.trim(), secrets);
  }
  const code = Number(graph.code);
  const platformCode = graph.error_subcode ? `${code}/${graph.error_subcode}` : Number.isFinite(code) ? code : err.status;
  const detail = `(#${platformCode}) ${graph.message ?? err.message ?? 'Graph API error'}`;
  if (RATE_LIMIT_CODES.has(code) || isBucThrottle(code) || err.status === 429) {
    return platformError('rate_limited', `Meta rate limit: ${detail}`, secrets, {
      retryAfterMs: metaRetryAfterMs(err.headers) ?? DEFAULT_RATE_LIMIT_WAIT_MS, platformCode,
    });
  }
  if (AUTH_CODES.has(code) || isPermissionCode(code) || err.status === 401) {
    return platformError('auth', `Meta access token or permission problem: ${detail}`, secrets, { platformCode });
  }
  if (code === 1 || code === 2 || graph.is_transient === true || err.status >= 500) {
    return platformError('transient', `Meta temporary error: ${detail}`, secrets, { platformCode });
  }
  // 100 (invalid parameter, budget too low, policy), 2635 (deprecated version), other 4xx:
  // show Meta's user-facing text when it has one, it is written for the person fixing the ad.
  const userText = [graph.error_user_title, graph.error_user_msg].filter(Boolean).join(': ');
  const kind = kindForHttpStatus(err.status) === 'transient' ? 'transient' : 'validation';
  return platformError(kind, userText ? `${userText} ${detail}` : detail, secrets, { platformCode });
}
