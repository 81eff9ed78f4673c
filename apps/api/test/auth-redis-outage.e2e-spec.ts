import { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import request from 'supertest';
import { REDIS } from '../src/redis/redis.module';
import { createTestApp, createUser, expectProblem, loginAs, resetState, TestApp } from './harness';
import { freePort, startRedis, stopRedis, within } from './private-redis';

jest.setTimeout(120_000);

/**
 * Redis down (issue 11.10): the rate limiters fail closed. Sign-ins and API-token calls answer
 * 503 problem+json with Retry-After, never 500; signed-in sessions keep working (they need no
 * Redis); once Redis is back everything works again. The app talks to a redis-server this test
 * spawned and kills.
 */
describe('auth: Redis down (integration)', () => {
  let port: number;
  let redis: ChildProcess;
  let t: TestApp | undefined;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}/0` });
    await resetState(t.dataSource);
  });
  afterAll(async () => {
    const client = t?.app.get<Redis>(REDIS);
    await within(t?.close() ?? Promise.resolve(), 10_000);
    client?.disconnect();
    await stopRedis(redis);
  });

  it('answers 503 with Retry-After to sign-ins and token calls while Redis is gone, and recovers', async () => {
    const app = t!;
    const admin = await loginAs(app, 'admin');
    const user = await createUser(app.dataSource, 'viewer');
    const { body } = await admin.post('/api/api-tokens', { name: 'BI', scopes: ['read'] }).expect(201);
    const server = app.app.getHttpServer();
    const signIn = () => request(server).post('/api/auth/login').send({ email: user.email, password: user.password });
    const tokenCall = (secret: string) => request(server).get('/api/auth/me').set('Authorization', `Bearer ${secret}`);

    await stopRedis(redis);
    const started = Date.now();
    for (const res of [await signIn(), await tokenCall(body.secret), await tokenCall('afx_unknown')]) {
      const problem = expectProblem(res, 503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(String(problem.detail)).toMatch(/rate limiter/);
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    // A signed-in session needs no Redis.
    await admin.get('/api/auth/me').expect(200);

    redis = await startRedis(port);
    let status = 0;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && status !== 200; ) {
      status = (await signIn()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    await tokenCall(body.secret).expect(200);
  });
});
