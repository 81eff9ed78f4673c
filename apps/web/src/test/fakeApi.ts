import { vi } from 'vitest';
import type { Me } from '../api/hooks/auth';

/** Unit tests only: a stand-in for the API behind `fetch`. Keys are "METHOD /path" (no query string). */
export type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, detail: string, errors?: Array<{ field: string; message: string }>): Response {
  const title = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests' }[status] ?? 'Error';
  return new Response(JSON.stringify({ type: `https://adflux.dev/problems/${status}`, title, status, detail, ...(errors ? { errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** JSON bodies parsed; anything else (a multipart upload) kept as text. */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface RecordedCall {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export function mockApi(given: Record<string, Handler>) {
  const handlers = withSessionProbe(given);
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    calls.push({ method: request.method, path: url.pathname, url, headers: request.headers, body: parseBody(text) });
    const handler = handlers[`${request.method} ${url.pathname}`];
    return handler ? handler(request, url) : problem(404, `No mock for ${request.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    calls,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

export const users: Record<Me['role'], Me> = {
  admin: { id: '00000000-0000-4000-8000-000000000001', email: 'ada@example.com', name: 'Ada Admin', role: 'admin' },
  recruiter: { id: '00000000-0000-4000-8000-000000000002', email: 'rita@example.com', name: 'Rita Recruiter', role: 'recruiter' },
  viewer: { id: '00000000-0000-4000-8000-000000000003', email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' },
};

/** `GET /api/auth/me` answering as this user (or 401 when null). */
export const meHandler = (me: Me | null): Handler => () => (me ? json(me) : problem(401, 'Sign in first.'));

/**
 * The SPA asks `GET /api/auth/session` (always 200, `{ user }`); tests describe the signed-in user
 * with a `GET /api/auth/me` handler, so the probe answers from it unless a test gives its own.
 */
function withSessionProbe(handlers: Record<string, Handler>): Record<string, Handler> {
  const me = handlers['GET /api/auth/me'];
  if (!me || handlers['GET /api/auth/session']) return handlers;
  return {
    ...handlers,
    'GET /api/auth/session': async (request, url) => {
      const answer = await me(request, url);
      if (answer.status === 401) return json({ user: null });
      return answer.ok ? json({ user: await answer.json() }) : answer;
    },
  };
}
