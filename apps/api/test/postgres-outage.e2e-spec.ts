import request from 'supertest';
import { createTestApp, createUser, login, resetState, Session, TestApp } from './harness';
import { TcpProxy } from './support/tcp-proxy';
import { TEST_ENV } from './test-env';

jest.setTimeout(60_000);

/**
 * Issue 11.11: with PostgreSQL down every database route answered 500. The app reaches its test
 * database through a TCP proxy this test controls, so "down" is a cut connection or a refused
 * one — the shared server is never stopped. Every route must answer 503 problem+json with
 * Retry-After, without internals, and work again once the database is back.
 */
describe('PostgreSQL outage → 503 with Retry-After (integration)', () => {
  const target = new URL(TEST_ENV.DATABASE_URL);
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  let t: TestApp;
  let recruiter: Session;
  let http: () => ReturnType<typeof request>;

  beforeAll(async () => {
    await proxy.start();
    const proxied = new URL(TEST_ENV.DATABASE_URL);
    proxied.port = String(proxy.port);
    t = await createTestApp({ DATABASE_URL: proxied.toString() });
    http = () => request(t.app.getHttpServer());
    await resetState(t.dataSource);
    const user = await createUser(t.dataSource, 'recruiter');
    recruiter = await login(t.app, user.email);
  });
  afterAll(async () => {
    await proxy.restore();
    await t?.close();
    await proxy.stop();
  });

  /** Routes of every kind: session guard, TypeORM reads and writes, the raw pg pool, a public login, readiness. */
  const probes = (): Array<[string, () => request.Test]> => [
    ['GET /api/jobs', () => recruiter.get('/api/jobs')],
    ['GET /api/candidates (raw pg pool)', () => recruiter.get('/api/candidates')],
    ['POST /api/jobs', () => recruiter.post('/api/jobs', { title: 'Nurse', company: 'Clinic' })],
    ['GET /api/dashboard/summary', () => recruiter.get('/api/dashboard/summary')],
    ['POST /api/auth/login (public)', () => http().post('/api/auth/login').send({ email: 'nobody@example.com', password: 'whatever' })],
  ];

  async function expectUnavailable(): Promise<void> {
    for (const [name, probe] of probes()) {
      const res = await probe();
      expect({ name, status: res.status }).toEqual({ name, status: 503 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
      // No driver internals leak to the caller.
      expect(res.text).not.toMatch(/ECONN|terminated|5432|postgres/i);
    }
    const ready = await http().get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ postgres: 'down' });
    expect(ready.headers['retry-after']).toBe('5');
  }

  async function expectRecovered(): Promise<void> {
    // The pool drops its dead connections; the first request after the cut may still meet one.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await recruiter.get('/api/jobs')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    await recruiter.get('/api/candidates').expect(200);
    await http().get('/api/health/ready').expect(200);
  }

  it('serves normally through the proxy', async () => {
    await recruiter.get('/api/jobs').expect(200);
    await http().get('/api/health/ready').expect(200);
  });

  it('connections cut and new ones reset → 503 on every database route, then recovers', async () => {
    proxy.cut();
    await expectUnavailable();
    await proxy.restore();
    await expectRecovered();
  });

  it('a server that accepts but never answers → 503 within the pool connect timeout, then recovers', async () => {
    proxy.hang();
    const started = Date.now();
    const [jobs, login] = await Promise.all([recruiter.get('/api/jobs'), http().post('/api/auth/login').send({ email: 'nobody@example.com', password: 'x' })]);
    for (const res of [jobs, login]) {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
    }
    expect(Date.now() - started).toBeLessThan(15_000);
    await proxy.restore();
    await expectRecovered();
  });

  it('connections refused (server gone) → 503 on every database route, then recovers', async () => {
    await proxy.refuse();
    await expectUnavailable();
    await proxy.restore();
    await expectRecovered();
  });
});
