import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../test/fakeApi';
import { api, unwrap } from './client';
import { ApiError } from './errors';

const token = { id: '7d1f1a8e-0000-4000-8000-000000000001', name: 'BI', prefix: 'afx_abc', scopes: ['read'], createdAt: '2026-01-01T00:00:00Z', expiresAt: null, lastUsedAt: null, revokedAt: null };

describe('API client', () => {
  it('sends the adflux_csrf cookie value as X-CSRF-Token on mutations', async () => {
    document.cookie = 'adflux_csrf=csrf%2Bvalue%3D%3D; path=/';
    const server = mockApi({
      'POST /api/api-tokens': () => json({ token, secret: 's3cret' }, 201),
      'PATCH /api/users/u1': () => json({}),
      'DELETE /api/api-tokens/t1': () => json(token),
    });

    await api.POST('/api/api-tokens', { body: { name: 'BI', scopes: ['read'] } });
    await api.PATCH('/api/users/{id}', { params: { path: { id: 'u1' } }, body: { role: 'viewer' } });
    await api.DELETE('/api/api-tokens/{id}', { params: { path: { id: 't1' } } });

    expect(server.calls.map((c) => [c.method, c.headers.get('X-CSRF-Token')])).toEqual([
      ['POST', 'csrf+value=='],
      ['PATCH', 'csrf+value=='],
      ['DELETE', 'csrf+value=='],
    ]);
  });

  it('does not send the CSRF header on reads, nor when there is no cookie', async () => {
    const server = mockApi({ 'GET /api/users': () => json([]), 'POST /api/auth/login': () => json({}) });
    document.cookie = 'adflux_csrf=abc; path=/';
    await api.GET('/api/users');
    document.cookie = 'adflux_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    await api.POST('/api/auth/login', { body: { email: 'a@b.co', password: 'x' } });

    expect(server.calls[0]!.headers.has('X-CSRF-Token')).toBe(false);
    expect(server.calls[1]!.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('turns a problem+json answer into a thrown ApiError with status, detail and field errors', async () => {
    mockApi({ 'POST /api/users': () => problem(409, 'email already exists', [{ field: 'email', message: 'is already used by another account' }]) });

    const error = await unwrap(api.POST('/api/users', { body: { email: 'a@b.co', name: 'A', role: 'viewer' } })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(409);
    expect(apiError.title).toBe('Conflict');
    expect(apiError.detail).toBe('email already exists');
    expect(apiError.fieldError('email')).toBe('is already used by another account');
    expect(apiError.fieldError('name')).toBeUndefined();
  });

  it('gives a readable ApiError when the body is not problem+json', async () => {
    mockApi({ 'GET /api/users': () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }) });

    const error = (await unwrap(api.GET('/api/users')).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.detail).toMatch(/server had a problem/);
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    mockApi({ 'GET /api/users': () => Promise.reject(new TypeError('Failed to fetch')) });

    const error = (await unwrap(api.GET('/api/users')).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.detail).toContain('Failed to fetch');
  });

  it('resolves with the success body', async () => {
    mockApi({ 'GET /api/audit-log': (_req, url) => json({ items: [], nextCursor: url.searchParams.get('cursor') === 'c1' ? null : 'c1' }) });

    const page = await unwrap(api.GET('/api/audit-log', { params: { query: { cursor: 'c1', limit: 10 } } }));

    expect(page).toEqual({ items: [], nextCursor: null });
  });
});
