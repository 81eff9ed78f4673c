import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';

/**
 * Reads the committed OpenAPI contract and calls every operation: without credentials each
 * must answer 401 (unless public), every mutation as a viewer must answer 403, except the
 * self-service ones (`x-self-service`: logout, ...), which every role must be able to call.
 * New routes are covered automatically.
 */
const spec = JSON.parse(readFileSync(join(__dirname, '../../../libs/api-contract/openapi.json'), 'utf8'));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

interface Operation { method: (typeof METHODS)[number]; path: string; url: string; isPublic: boolean; isSelfService: boolean }

const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, { security?: unknown[]; 'x-self-service'?: boolean }>>).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({
    method, path,
    url: path.replace(/\{[^}]+\}/g, SAMPLE_UUID),
    isPublic: Array.isArray(item[method]!.security) && item[method]!.security!.length === 0,
    isSelfService: item[method]!['x-self-service'] === true,
  })),
);
const mutations = operations.filter((o) => !o.isPublic && o.method !== 'get');

describe('access matrix from the OpenAPI contract (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
  });
  afterAll(() => t.close());

  it('the contract lists operations, a few of them public', () => {
    expect(operations.length).toBeGreaterThan(8);
    expect(operations.filter((o) => o.isPublic).map((o) => o.path)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health']));
  });

  it.each(operations.filter((o) => !o.isPublic).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s needs credentials',
    async (_, op) => {
      expectProblem(await request(t.app.getHttpServer())[op.method](op.url).send({}), 401);
    },
  );

  it('self-service operations are marked in the contract, logout among them', () => {
    expect(mutations.filter((o) => o.isSelfService).map((o) => o.path)).toContain('/api/auth/logout');
  });

  it.each(mutations.filter((o) => !o.isSelfService).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s is forbidden to viewers',
    async (_, op) => {
      const viewer = await loginAs(t, 'viewer');
      const call = request(t.app.getHttpServer())[op.method](op.url).set('Cookie', viewer.cookie).set('X-CSRF-Token', viewer.csrf);
      expectProblem(await call.send({}), 403);
    },
  );

  it.each(mutations.filter((o) => o.isSelfService).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s works for viewers (self-service)',
    async (_, op) => {
      const viewer = await loginAs(t, 'viewer');
      const res = await request(t.app.getHttpServer())[op.method](op.url).set('Cookie', viewer.cookie).set('X-CSRF-Token', viewer.csrf).send({});
      // Authorised: neither 401 nor 403 (a self-service route may still refuse an empty body or an unknown id).
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    },
  );
});
