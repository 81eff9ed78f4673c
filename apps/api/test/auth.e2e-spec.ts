import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { UsersService } from '../src/users/users.service';
import { createTestApp, createUser, expectProblem, login, loginAs, resetState, TestApp } from './harness';

jest.setTimeout(60_000);

describe('auth, sessions, CSRF and users (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' });
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  it('logs in, reports me, logs out; the session stops working at once', async () => {
    const user = await createUser(t.dataSource, 'recruiter');
    const res = await t.http.post('/api/auth/login').send({ email: user.email.toUpperCase(), password: user.password }).expect(200);
    expect(res.body).toMatchObject({ email: user.email, role: 'recruiter' });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie']);
    expect(setCookie.find((c) => c.startsWith('adflux_session='))).toMatch(/HttpOnly/i);
    expect(setCookie.find((c) => c.startsWith('adflux_session='))).toMatch(/SameSite=Lax/i);
    expect(setCookie.find((c) => c.startsWith('adflux_csrf='))).not.toMatch(/HttpOnly/i);

    const session = await login(t.app, user.email);
    await session.get('/api/auth/me').expect(200).expect((r) => expect(r.body.email).toBe(user.email));
    await session.post('/api/auth/logout').expect(204);
    expectProblem(await session.get('/api/auth/me'), 401);
  });

  it('rejects a wrong password with 401 and audits it; throttles per account with Retry-After', async () => {
    const user = await createUser(t.dataSource, 'viewer');
    for (let i = 0; i < 3; i++) expectProblem(await t.http.post('/api/auth/login').send({ email: user.email, password: 'wrong password' }), 401);
    const blocked = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password });
    expectProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'auth.login_failed'`);
    expect(count).toBe(3);
  });

  it('refuses a cookie mutation without the CSRF token, accepts it with', async () => {
    const admin = await loginAs(t, 'admin');
    const bare = await request(t.app.getHttpServer()).post('/api/users').set('Cookie', admin.cookie).send({ email: 'a@b.co', name: 'A', role: 'viewer' });
    expectProblem(bare, 403);
    const wrong = await request(t.app.getHttpServer()).post('/api/users').set('Cookie', admin.cookie).set('X-CSRF-Token', 'x'.repeat(43)).send({ email: 'a@b.co', name: 'A', role: 'viewer' });
    expectProblem(wrong, 403);
    await admin.post('/api/users', { email: 'a@b.co', name: 'A', role: 'viewer' }).expect(201);
  });

  it('lets admins create users with a one-time password, change roles and deactivate (ending sessions)', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await admin.post('/api/users', { email: 'New.Person@Example.com', name: 'New Person', role: 'viewer' }).expect(201);
    expect(created.body.user.email).toBe('new.person@example.com');
    expect(created.body.temporaryPassword).toHaveLength(20);
    expect(JSON.stringify(created.body)).not.toMatch(/argon2/);
    expectProblem(await admin.post('/api/users', { email: 'new.person@example.com', name: 'Dup', role: 'viewer' }), 409, 'email');
    expectProblem(await admin.post('/api/users', { email: 'x@y.co', name: 'X', role: 'boss' }), 400, 'role');

    const person = await login(t.app, 'new.person@example.com', created.body.temporaryPassword);
    await person.get('/api/auth/me').expect(200);
    await admin.patch(`/api/users/${created.body.user.id}`, { role: 'recruiter' }).expect(200);
    expectProblem(await person.get('/api/auth/me'), 401); // role change ends sessions

    const again = await login(t.app, 'new.person@example.com', created.body.temporaryPassword);
    await admin.patch(`/api/users/${created.body.user.id}`, { active: false }).expect(200);
    expectProblem(await again.get('/api/auth/me'), 401);
    expectProblem(await t.http.post('/api/auth/login').send({ email: 'new.person@example.com', password: created.body.temporaryPassword }), 401);
    expectProblem(await admin.patch(`/api/users/${admin.userId}`, { active: false }), 409);
    expectProblem(await admin.patch('/api/users/not-a-uuid', { name: 'x' }), 400, 'id');

    const audit = await admin.get('/api/audit-log?limit=50').expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.role_changed', 'user.deactivated', 'auth.login']));
    const change = audit.body.items.find((e: { action: string }) => e.action === 'user.role_changed');
    expect(change).toMatchObject({ actorLabel: admin.email, targetId: created.body.user.id, details: { changes: { role: { from: 'viewer', to: 'recruiter' } } } });
    expect(change.ip).toBeTruthy();
  });

  it('PATCH /api/users/:id answers every field the contract requires; null is refused naming the field', async () => {
    const admin = await loginAs(t, 'admin');
    const target = await createUser(t.dataSource, 'viewer');
    const res = await admin.patch(`/api/users/${target.id}`, { name: 'Renamed' }).expect(200);
    const spec = JSON.parse(readFileSync(join(__dirname, '../../../libs/api-contract/openapi.json'), 'utf8'));
    const required: string[] = spec.components.schemas.UserDto.required;
    expect(required).toEqual(expect.arrayContaining(['role', 'active']));
    for (const field of required) expect(res.body).toHaveProperty(field);
    expect(res.body).toMatchObject({ id: target.id, name: 'Renamed', role: 'viewer', active: true });
    for (const field of ['name', 'role', 'active']) expectProblem(await admin.patch(`/api/users/${target.id}`, { [field]: null }), 400, field);
  });

  it('two admins demoting each other at once: exactly one wins, one active admin remains', async () => {
    const users = t.app.get(UsersService);
    for (const change of [{ role: 'viewer' as const }, { active: false }]) {
      await resetState(t.dataSource);
      const a = await createUser(t.dataSource, 'admin');
      const b = await createUser(t.dataSource, 'admin');
      const as = (id: string, email: string) => ({ kind: 'session' as const, id, label: email, role: 'admin' as const });
      const results = await Promise.allSettled([users.update(b.id, change, as(a.id, a.email), '::1'), users.update(a.id, change, as(b.id, b.email), '::1')]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason.getStatus()).toBe(409);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin' AND active`);
      expect(count).toBe(1);
    }
  });

  it('the tokens of a deactivated creator stop at once and work again after reactivation', async () => {
    const admin = await loginAs(t, 'admin');
    const creator = await loginAs(t, 'admin');
    const { body } = await creator.post('/api/api-tokens', { name: 'sync', scopes: ['read', 'write'] }).expect(201);
    const call = () => request(t.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${body.secret}`);
    await call().expect(200);
    await admin.patch(`/api/users/${creator.userId}`, { active: false }).expect(200);
    expectProblem(await call(), 401);
    await admin.patch(`/api/users/${creator.userId}`, { active: true }).expect(200);
    await call().expect(200);
    // Demoted to viewer, the creator's write token can no longer write.
    await admin.patch(`/api/users/${creator.userId}`, { role: 'viewer' }).expect(200);
    expectProblem(await request(t.app.getHttpServer()).post('/api/auth/logout').set('Authorization', `Bearer ${body.secret}`), 400);
    expectProblem(await request(t.app.getHttpServer()).post('/api/jobs').set('Authorization', `Bearer ${body.secret}`).send({}), 403);
  });

  it('API tokens: shown once, hashed, scoped, rate limited, revocable, last used tracked', async () => {
    const admin = await loginAs(t, 'admin');
    const read = await admin.post('/api/api-tokens', { name: 'BI', scopes: ['read'] }).expect(201);
    const secret: string = read.body.secret;
    expect(secret).toMatch(/^afx_/);
    const [{ token_hash }] = await t.dataSource.query('SELECT token_hash FROM api_tokens WHERE id = $1', [read.body.token.id]);
    expect(token_hash).not.toContain(secret);
    const list = await admin.get('/api/api-tokens').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const bearer = (t2: request.Test) => t2.set('Authorization', `Bearer ${secret}`);
    await bearer(t.http.get('/api/auth/me')).expect(200);
    // read scope cannot mutate; tokens never reach admin settings; no CSRF needed for bearer calls.
    expectProblem(await bearer(t.http.post('/api/auth/logout')), 403);
    expectProblem(await bearer(t.http.get('/api/users')), 403);
    const [{ last_used_at }] = await t.dataSource.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [read.body.token.id]);
    expect(last_used_at).not.toBeNull();

    await admin.delete(`/api/api-tokens/${read.body.token.id}`).expect(200);
    expectProblem(await bearer(t.http.get('/api/auth/me')), 401);
    expectProblem(await t.http.get('/api/auth/me').set('Authorization', 'Bearer afx_unknown'), 401);
  });

  it('rate limits a token with 429 and Retry-After', async () => {
    const limited = await createTestApp({ API_TOKEN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const admin = await loginAs(limited, 'admin');
      const { body } = await admin.post('/api/api-tokens', { name: 'fast', scopes: ['read', 'write'] }).expect(201);
      const call = () => request(limited.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${body.secret}`);
      for (let i = 0; i < 3; i++) await call().expect(200);
      const res = await call();
      expectProblem(res, 429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('answers problem+json for unknown routes, bad JSON and oversize bodies', async () => {
    expectProblem(await t.http.get('/api/does-not-exist'), 404);
    expectProblem(await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":'), 400);
    expectProblem(await t.http.post('/api/auth/login').send({ email: 'a@b.co', password: 'x'.repeat(2_000_000) }), 413);
    expectProblem(await t.http.post('/api/auth/login').send({ email: 'a@b.co', password: 'x', role: 'admin' }), 400, 'role');
  });

  it('health: liveness and readiness', async () => {
    await t.http.get('/api/health').expect(200, { status: 'ok' });
    await t.http.get('/api/health/ready').expect(200).expect((r) => expect(r.body.checks).toEqual({ postgres: 'up', redis: 'up' }));
    expect((await t.http.get('/api/health')).headers['x-request-id']).toBeTruthy();
  });
});
