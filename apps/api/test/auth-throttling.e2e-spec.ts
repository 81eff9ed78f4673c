import request from 'supertest';
import { PasswordService } from '../src/auth/password.service';
import { createTestApp, createUser, expectProblem, loginAs, resetState, TestApp } from './harness';

jest.setTimeout(120_000);

/**
 * Sign-in throttling under concurrency and the client address it keys on (issue 11.12).
 * The limit is 5 per account and address; LOGIN_MAX_ATTEMPTS_PER_IP varies per app.
 */
describe('auth: login throttling (integration)', () => {
  let t: TestApp;
  afterEach(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const attempt = (app: TestApp, email: string, password: string, forwardedFor?: string) => {
    const call = request(app.app.getHttpServer()).post('/api/auth/login');
    if (forwardedFor) call.set('X-Forwarded-For', forwardedFor);
    return call.send({ email, password });
  };

  it('200 parallel wrong passwords verify at most the limit; the rest get 429 with Retry-After', async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '5' });
    await resetState(t.dataSource);
    const user = await createUser(t.dataSource, 'recruiter');
    const verify = jest.spyOn(t.app.get(PasswordService), 'verify');

    const responses = await Promise.all(Array.from({ length: 200 }, () => attempt(t, user.email, 'wrong password')));
    const statuses = responses.map((r) => r.status);
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(verify.mock.calls.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401)).toHaveLength(verify.mock.calls.length);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - verify.mock.calls.length);
    expect(Number(responses.find((r) => r.status === 429)!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ignores X-Forwarded-For by default: a rotating header does not escape the per-address limit', async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3' });
    await resetState(t.dataSource);
    for (let i = 0; i < 3; i++) expectProblem(await attempt(t, `nobody${i}@test.local`, 'x', `203.0.113.${i}`), 401);
    expectProblem(await attempt(t, 'nobody9@test.local', 'x', '203.0.113.9'), 429);
  });

  it('with TRUST_PROXY the forwarded address counts, and a lock-out from one address leaves the owner free elsewhere', async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
    await resetState(t.dataSource);
    const user = await createUser(t.dataSource, 'viewer');
    for (let i = 0; i < 3; i++) expectProblem(await attempt(t, user.email, 'wrong password', '198.51.100.66'), 401);
    expectProblem(await attempt(t, user.email, user.password, '198.51.100.66'), 429);
    await attempt(t, user.email, user.password, '192.0.2.10').expect(200);
  });

  it('a correct password gives the slot back: failures before it no longer count', async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
    await resetState(t.dataSource);
    const user = await createUser(t.dataSource, 'viewer');
    for (let i = 0; i < 2; i++) expectProblem(await attempt(t, user.email, 'wrong password'), 401);
    await attempt(t, user.email, user.password).expect(200);
    for (let i = 0; i < 3; i++) expectProblem(await attempt(t, user.email, 'wrong password'), 401);
    expectProblem(await attempt(t, user.email, 'wrong password'), 429);
  });

  it('unknown API tokens are limited per address (shared with failed sign-ins); a valid token still works', async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '4' });
    await resetState(t.dataSource);
    const admin = await loginAs(t, 'admin');
    const { body } = await admin.post('/api/api-tokens', { name: 'BI', scopes: ['read'] }).expect(201);
    const bearer = (secret: string) => request(t.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${secret}`);
    // The admin's successful sign-in gave its slot back: four guesses are allowed.
    for (let i = 0; i < 4; i++) expectProblem(await bearer(`afx_guess${i}`), 401);
    const blocked = await bearer('afx_guess9');
    expectProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await bearer('not-even-a-token'), 429);
    await bearer(body.secret).expect(200);
  });
});
