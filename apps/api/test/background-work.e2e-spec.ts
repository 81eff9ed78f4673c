// First: really an api process (see api-role.ts); the crons reported by a worker are in background-work-schedules.e2e-spec.ts.
import './api-role';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import request from 'supertest';
import { METRICS_QUEUE } from '../src/performance/sync/metrics-sync.queue';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { waitFor } from './performance-fixtures';

describe('background work: queues, failed jobs, retry (API role: nothing consumes the jobs)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ APP_ROLE: 'api' });
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  // This test used to die at app.close() with an unhandled ioredis "Connection is closed.": the app, meant to be an
  // api process, still ran its own metrics-sync processor (the role was chosen when the modules were imported), whose
  // BRPOPLPUSH held the queue's blocking connection. queue.process() below makes Bull send CLIENT SETNAME on that
  // connection (setWorkerName, a promise Bull never handles); it waited behind the blocking read until close() cut
  // the connection. As a real api process (api-role.ts), this test's handler is the queue's only consumer.
  it('shows each queue\'s counts and a failed job with its error, and retries it once', async () => {
    const admin = await loginAs(t, 'admin');
    const queue = t.app.get<Queue>(getQueueToken(METRICS_QUEUE));
    // A real failure: a consumer of this one job name throws (the API role runs no processors of its own).
    let runs = 0;
    void queue.process('sync-connection-test', 1, async () => {
      runs++;
      throw new Error('Meta said: (#17) User request limit reached');
    });
    await queue.add('sync-connection-test', { connectionId: '00000000-0000-4000-8000-000000000001' }, { jobId: 'sync:failing-1', attempts: 1 });
    await waitFor(async () => (await queue.getFailedCount()) === 1);
    await queue.add('sync-connection', {}, { jobId: 'sync:waiting-1', delay: 60_000 });

    const list = await admin.get('/api/background-work/queues').expect(200);
    const names = list.body.queues.map((q: { name: string }) => q.name);
    expect(names).toEqual(expect.arrayContaining([METRICS_QUEUE, 'campaigns', 'segmentation']));
    expect(list.body.queues.find((q: { name: string }) => q.name === METRICS_QUEUE)).toMatchObject({ failed: 1, delayed: 1, waiting: 0, active: 0 });

    const failed = await admin.get(`/api/background-work/queues/${METRICS_QUEUE}/failed`).expect(200);
    expect(failed.body).toMatchObject({ queue: METRICS_QUEUE, total: 1 });
    expect(failed.body.jobs).toEqual([expect.objectContaining({ id: 'sync:failing-1', name: 'sync-connection-test', error: 'Meta said: (#17) User request limit reached', attemptsMade: 1 })]);
    expect(JSON.stringify(failed.body)).not.toContain('connectionId');

    expect(runs).toBe(1);
    await admin.post(`/api/background-work/queues/${METRICS_QUEUE}/jobs/${encodeURIComponent('sync:failing-1')}/retry`).expect(200, { retried: 1 });
    // Back in the queue: the consumer runs it a second time (and it fails again, still one failed job).
    await waitFor(async () => runs === 2 && (await queue.getFailedCount()) === 1);
    expectProblem(await admin.post(`/api/background-work/queues/${METRICS_QUEUE}/jobs/sync:waiting-1/retry`), 409);
    expectProblem(await admin.post(`/api/background-work/queues/${METRICS_QUEUE}/jobs/nope/retry`), 404);
    expectProblem(await admin.get('/api/background-work/queues/no-such-queue/failed'), 404);
    expectProblem(await admin.get(`/api/background-work/queues/${METRICS_QUEUE}/failed?limit=0`), 400, 'limit');
  });

  it('is for admins only: 403 for recruiters, viewers and API tokens, 401 without credentials', async () => {
    const admin = await loginAs(t, 'admin');
    const { body: token } = await admin.post('/api/api-tokens', { name: 'ops', scopes: ['read', 'write'] }).expect(201);
    for (const role of ['recruiter', 'viewer'] as const) {
      const session = await loginAs(t, role);
      expectProblem(await session.get('/api/background-work/queues'), 403);
      expectProblem(await session.get('/api/background-work/schedules'), 403);
      expectProblem(await session.get(`/api/background-work/queues/${METRICS_QUEUE}/failed`), 403);
      expectProblem(await session.post(`/api/background-work/queues/${METRICS_QUEUE}/jobs/x/retry`), 403);
    }
    expectProblem(await request(t.app.getHttpServer()).get('/api/background-work/queues').set('Authorization', `Bearer ${token.secret}`), 403);
    expectProblem(await request(t.app.getHttpServer()).get('/api/background-work/queues'), 401);
  });

  it('lists no schedules while no worker runs', async () => {
    const admin = await loginAs(t, 'admin');
    expect((await admin.get('/api/background-work/schedules').expect(200)).body).toEqual({ schedules: [] });
  });
});
