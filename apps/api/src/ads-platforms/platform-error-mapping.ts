/**
 * Helpers shared by the platform error mappers (meta/meta.errors.ts, google/google-ads.errors.ts).
 * Each mapper decides the platform-specific codes; everything generic (secret redaction,
 * network errors, HTTP status fallbacks, retry hints) lives here once.
 */
import { PlatformError, PlatformErrorKind } from './platform-error';

export function isPlatformError(err: unknown): err is PlatformError {
  return err instanceof PlatformError;
}

/** Query/body parameters and headers that carry credentials in either platform's traffic. */
const SECRET_PARAMS = ['access_token', 'appsecret_proof', 'input_token', 'refresh_token', 'client_secret', 'developer_token'];
const SECRET_PARAM_PATTERN = new RegExp(`\\b(${SECRET_PARAMS.join('|')})(["']?\\s*[=:]\\s*["']?)[^&\\s"',}]+`, 'gi');
const BEARER_PATTERN = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;

/**
 * Removes credentials from text we are about to store or log: every known secret value
 * verbatim, plus anything that looks like `access_token=…` or `Bearer …`. Error texts from the
 * Meta SDK carry the request URL, which has the token in its query string.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would redact ordinary words; real tokens are long.
    if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
    if (secret && secret.length >= 8) out = out.split(encodeURIComponent(secret)).join('[redacted]');
  }
  return out.replace(SECRET_PARAM_PATTERN, '$1$2[redacted]').replace(BEARER_PATTERN, 'Bearer [redacted]');
}

/** Builds a PlatformError whose message is guaranteed to be free of the given secrets. */
export function platformError(
  kind: PlatformErrorKind,
  message: string,
  secrets: readonly (string | undefined)[],
  opts: { retryAfterMs?: number; platformCode?: string | number } = {},
): PlatformError {
  const retryAfterMs = opts.retryAfterMs !== undefined && opts.retryAfterMs > 0 ? Math.ceil(opts.retryAfterMs) : undefined;
  return new PlatformError(kind, redactSecrets(message, secrets), retryAfterMs, opts.platformCode);
}

/** Node/axios/undici error codes that mean "no usable answer arrived" → retry later. */
const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'ENOTFOUND',
  'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_NETWORK', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET',
]);

export function isNetworkError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== err && isNetworkError(cause);
}

/** Generic meaning of an HTTP status when the platform gave no better signal. */
export function kindForHttpStatus(status: number): PlatformErrorKind {
  if (status === 401) return 'auth';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status >= 500) return 'transient';
  return 'validation';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** Reads a header from axios' AxiosHeaders, a plain object, or a fetch Headers, case-insensitively. */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value = (getter as (n: string) => unknown).call(headers, name);
    if (value !== undefined && value !== null && value !== false) return String(value);
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === wanted && value !== undefined && value !== null) return String(value);
  }
  return undefined;
}

/** Parses a JSON header value, tolerating absence and garbage (usage headers are advisory). */
export function parseJsonHeader(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
