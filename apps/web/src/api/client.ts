import type { components, paths } from '@adflux/api-contract';
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';

/** DTO types straight from the OpenAPI contract: `Schema<'UserDto'>`. Never copy their shapes by hand. */
export type Schemas = components['schemas'];
export type Schema<Name extends keyof Schemas> = Schemas[Name];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Echo the CSRF cookie on every mutation; the API rejects cookie-authenticated mutations without it. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/** Turn every non-2xx answer into a thrown ApiError, so hooks only ever see success bodies. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ApiError.fromResponse(response);
    return undefined;
  },
  onError({ error }) {
    return ApiError.from(error);
  },
};

export function createApiClient(baseUrl = defaultBaseUrl()) {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    // Resolved per call (not captured once) so tests can stub globalThis.fetch.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(csrfMiddleware, problemMiddleware);
  return client;
}

/** Same origin as the SPA: the API serves it in production and Vite proxies /api in development. */
function defaultBaseUrl(): string {
  return typeof window === 'undefined' ? '' : window.location.origin;
}

export const api = createApiClient();

/**
 * The middleware throws on every failure, so a resolved call always carries its success body.
 * `unwrap(api.GET('/api/users'))` → `UserDto[]`.
 */
export async function unwrap<T>(call: Promise<{ data?: T }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
