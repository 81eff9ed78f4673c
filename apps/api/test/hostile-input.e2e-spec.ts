import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get, IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { appConfig } from '../src/config/app-config';
import { insertRunWithAssignments } from './fixtures/segment-fixtures';
import { createTestApp, createUser, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

/**
 * Hostile input found by the attack run of issue 11 (items 4-8, 18): each of these answered 500 or
 * Express's HTML page. Every one must be a problem+json answer naming the offending field.
 */
jest.setTimeout(60_000);

const forgedCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const ID = '3f2a6c1e-8b4d-4c2a-9e1f-0a1b2c3d4e5f';

describe('hostile input is refused at the edge (integration)', () => {
  let t: TestApp;
  let admin: Session;
  let recruiter: Session;

  /** A raw JSON text as the body (supertest would serialise an object, which cannot be this deep). */
  const rawPost = (who: Session, url: string, json: string) =>
    request(t.app.getHttpServer()).post(url).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrf).set('Content-Type', 'application/json').send(json);

  beforeAll(async () => {
    // No built SPA (the SPA fallback is spa-serving's subject): every unknown path is the API's own 404.
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ads.adflux.test', WEB_DIST_DIR: mkdtempSync(join(tmpdir(), 'no-spa-')) });
    await resetState(t.dataSource);
    [admin, recruiter] = await Promise.all([loginAs(t, 'admin'), loginAs(t, 'recruiter')]);
  });
  afterAll(() => t.close());

  describe('11.4 NUL characters', () => {
    it.each([
      ['/api/jobs', { title: 'Nurse\u0000', company: 'Clinic' }, 'title'],
      ['/api/candidates', { fullName: 'Ana\u0000', email: 'ana@example.com' }, 'fullName'],
      ['/api/platform-connections', { kind: 'sandbox', name: 'x\u0000y' }, 'name'],
      ['/api/applications', { source: 'ats', candidateEmail: 'a@b.co', externalId: 'g-\u0000' }, 'externalId'],
    ])('POST %s: a NUL in a body field → 400 naming it', async (url, body, field) => {
      const who = url === '/api/platform-connections' ? admin : recruiter;
      const res = expectProblem(await who.post(url, body), 400, field);
      expect(res.errors).toEqual(expect.arrayContaining([{ field, message: 'must not contain NUL characters' }]));
    });

    it('a NUL in a nested field or an object key is named by its path', async () => {
      const nested = await recruiter.post('/api/candidates', { fullName: 'Ana', email: 'ana@example.com', location: { city: 'Bogot\u0000á' } });
      expectProblem(nested, 400, 'location.city');
      expectProblem(await recruiter.post('/api/candidates', { fullName: 'Ana', ['evil\u0000']: 1 }), 400, 'evil\uFFFD');
    });

    it.each([
      ['/api/candidates?q=nur%00se', 'q'],
      ['/api/jobs?skill=ja%00va', 'skill'],
      ['/api/jobs?q=ab%00c', 'q'],
      ['/api/campaigns?q=x%00', 'q'],
      ['/api/audit-log?action=user.%00', 'action'],
    ])('GET %s: a NUL in a query parameter → 400 naming it', async (url, field) => {
      const who = url.startsWith('/api/audit-log') ? admin : recruiter;
      expectProblem(await who.get(url), 400, field);
    });

    it('a NUL in a path parameter (the tracking code) → 400, not a database error', async () => {
      expectProblem(await request(t.app.getHttpServer()).get('/r/abc%00def'), 400, 'trackingCode');
    });

    it.each([
      ['/api/jobs?sort=title', ['title', 'a\u0000', ID]],
      ['/api/candidates?sort=fullName', ['fullName', 'b\u0000', ID]],
    ])('GET %s: a NUL inside a decoded cursor → 400 naming cursor', async (url, values) => {
      expectProblem(await recruiter.get(`${url}&cursor=${forgedCursor(values)}`), 400, 'cursor');
    });
  });

  describe('11.5 deeply nested JSON', () => {
    it.each([
      ['arrays', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'body'],
      ['objects', `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, 'a'],
    ])('%s nested thousands deep → 400 before the transform step overflows the stack', async (_kind, json, field) => {
      for (const url of ['/api/candidates', '/api/jobs', '/api/segmentation-runs']) {
        const res = expectProblem(await rawPost(recruiter, url, json), 400);
        expect(res.errors).toEqual([expect.objectContaining({ message: 'nests deeper than 32 levels' })]);
        expect((res.errors as Array<{ field: string }>)[0].field.split('.')[0]).toBe(field);
      }
    });

    it('also on a public route (login), before any credential check', async () => {
      const json = `{"email":"a@b.co","password":${'['.repeat(4000)}${']'.repeat(4000)}}`;
      expectProblem(await request(t.app.getHttpServer()).post('/api/auth/login').set('Content-Type', 'application/json').send(json), 400, 'password');
    });
  });

  describe('11.6 null for a non-nullable field on PATCH', () => {
    it('users: name, role, active', async () => {
      const user = await createUser(t.dataSource, 'viewer');
      for (const field of ['name', 'role', 'active']) {
        const res = expectProblem(await admin.patch(`/api/users/${user.id}`, { [field]: null }), 400, field);
        expect(res.errors).toEqual([{ field, message: 'must not be null' }]);
      }
      await admin.patch(`/api/users/${user.id}`, { name: 'Still valid' }).expect(200);
    });

    it('campaigns: name, objective, currency, jobId', async () => {
      const sandbox = await seedSandboxConnection(t.dataSource, appConfig());
      const jobId = await insertOpenJob(t.dataSource);
      const segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses')]);
      const campaign = (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandbox!.id])).expect(201)).body;
      for (const field of ['name', 'objective', 'currency', 'jobId']) {
        expectProblem(await recruiter.patch(`/api/campaigns/${campaign.id}`, { [field]: null }), 400, field);
      }
      await recruiter.patch(`/api/campaigns/${campaign.id}`, { name: 'Renamed' }).expect(200);
    });

    it('segments: name, description', async () => {
      const { segmentIds } = await insertRunWithAssignments(t.dataSource, [{ members: [] }], true);
      for (const field of ['name', 'description']) {
        expectProblem(await recruiter.patch(`/api/segments/${segmentIds[0]}`, { [field]: null }), 400, field);
      }
      await recruiter.patch(`/api/segments/${segmentIds[0]}`, { description: 'Fine' }).expect(200);
    });

    it('automation rules: enabled (on create and on update)', async () => {
      const body = { name: 'Expensive', metric: 'cost_per_applicant', operator: 'gt', threshold: 5000, windowDays: 7, action: 'pause' };
      expectProblem(await recruiter.post('/api/automation-rules', { ...body, enabled: null }), 400, 'enabled');
      const rule = (await recruiter.post('/api/automation-rules', body).expect(201)).body;
      expectProblem(await recruiter.patch(`/api/automation-rules/${rule.id}`, { enabled: null }), 400, 'enabled');
      expectProblem(await recruiter.patch(`/api/automation-rules/${rule.id}`, { name: null }), 400, 'name');
      // Nullable fields stay clearable: campaignId null means "all campaigns".
      await recruiter.patch(`/api/automation-rules/${rule.id}`, { campaignId: null, enabled: false }).expect(200);
    });
  });

  describe('11.7 out-of-range dates', () => {
    it.each(['/api/dashboard/summary', '/api/dashboard/timeseries', '/api/dashboard/breakdown', `/api/campaigns/${ID}/metrics`, `/api/jobs/${ID}/metrics`])(
      'GET %s?to=0001-01-01 → 400 naming to (and from=9999999 is not a date either)',
      async (url) => {
        expectProblem(await recruiter.get(`${url}?to=0001-01-01`), 400, 'to');
        expectProblem(await recruiter.get(`${url}?from=0001-01-01&to=0001-01-10`), 400, 'from');
        expectProblem(await recruiter.get(`${url}?to=9999-12-31`), 400, 'to');
      },
    );

    it.each([
      ['/api/campaigns?', [`9999999-01-01T00:00:00.000Z`, ID], recruiterOf],
      ['/api/candidates?sort=-createdAt&', ['-createdAt', '9999999-01-01T00:00:00.000Z', ID], recruiterOf],
      ['/api/jobs?sort=-createdAt&', ['-createdAt', '+275760-09-13T00:00:00.000Z', ID], recruiterOf],
      ['/api/applications?', ['9999999-01-01T00:00:00.000Z', ID], recruiterOf],
      ['/api/segmentation-runs?', ['9999999-01-01T00:00:00.000Z', ID], recruiterOf],
      ['/api/candidates/imports?', ['9999999-01-01T00:00:00.000Z', ID], recruiterOf],
      ['/api/platform-connections?', ['0000-01-01T00:00:00.000Z', ID], recruiterOf],
    ])('GET %s with a cursor holding an impossible year → 400 naming cursor', async (url, values, who) => {
      expectProblem(await who().get(`${url}cursor=${forgedCursor(values)}`), 400, 'cursor');
    });
  });

  describe('11.8 lone UTF-16 surrogates in email fields', () => {
    it('login, users, candidates, applications → 400 naming the email field', async () => {
      const http = request(t.app.getHttpServer());
      expectProblem(await http.post('/api/auth/login').send({ email: '\ud800@example.com', password: 'x' }), 400, 'email');
      expectProblem(await admin.post('/api/users', { email: 'a\udc00@example.com', name: 'X', role: 'viewer' }), 400, 'email');
      expectProblem(await recruiter.post('/api/candidates', { fullName: 'Ana', email: '\ud800@example.com' }), 400, 'email');
      expectProblem(await recruiter.post('/api/applications', { source: 'ats', candidateEmail: '\ud800@example.com' }), 400, 'candidateEmail');
    });

    it('a well-formed surrogate pair (an emoji) is still accepted where text is free', async () => {
      await recruiter.post('/api/candidates', { fullName: 'Ana 🚀', email: 'ana.emoji@example.com' }).expect(201);
    });
  });

  describe('11.18 odd tracking paths', () => {
    it.each(['/r/', '/r//x', '/r/\\x', '/r', '/api/nope'])('GET %s → problem+json 404, not an HTML page', async (path) => {
      const res = await request(t.app.getHttpServer()).get(path);
      expectProblem(res, 404);
      expect(res.text).not.toMatch(/<html|<pre>/i);
    });
  });

  it('a raw backslash path (not normalised by a client) is not an HTML page either', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (const path of ['/r/\\x', '/r/\\', '/\\r']) {
      const res = await new Promise<IncomingMessage>((resolve, reject) => get({ host: '127.0.0.1', port, path }, resolve).on('error', reject));
      res.resume();
      expect({ path, status: res.statusCode, type: res.headers['content-type'] }).toEqual({ path, status: 404, type: expect.stringMatching(/application\/problem\+json/) });
    }
  });

  function recruiterOf(): Session {
    return recruiter;
  }
});
