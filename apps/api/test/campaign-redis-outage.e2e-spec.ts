import { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { PublicationReconciler } from '../src/campaigns/publishing/publication-reconciler';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { appConfig } from '../src/config/app-config';
import { REDIS } from '../src/redis/redis.module';
import { createTestApp, loginAs, resetState, TestApp } from './harness';
import { freePort, startRedis, stopRedis, within } from './private-redis';

jest.setTimeout(120_000);

/**
 * "Redis stopped while publishing is requested, started again → the reconciler publishes it."
 * A private redis-server (so the shared one is never stopped) is killed before the recruiter
 * clicks Publish and started again, empty, afterwards. The API process that took the click goes
 * away meanwhile, so nothing but the database remembers the publication.
 */
describe('campaigns: Redis down while publishing is requested (integration)', () => {
  let port: number;
  let redis: ChildProcess;
  let api: TestApp | undefined;
  let worker: TestApp | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    env = {
      PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400',
      REDIS_URL: `redis://127.0.0.1:${port}/0`,
    };
  });
  afterAll(async () => {
    await within(Promise.all([api?.close(), worker?.close()]), 10_000);
    await stopRedis(redis);
  });

  it('answers 202 and keeps the publication queued; once Redis is back the reconciler publishes it exactly once', async () => {
    api = await createTestApp(env);
    await resetState(api.dataSource);
    const recruiter = await loginAs(api, 'recruiter');
    const sandboxId = (await seedSandboxConnection(api.dataSource, appConfig()))!.id;
    const jobId = await insertOpenJob(api.dataSource);
    const segmentIds = await insertActiveSegments(api.dataSource, [segmentProfile('Nurses')]);
    const campaign = (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId])).expect(201)).body;

    await stopRedis(redis);
    const res = await recruiter.post(`/api/campaigns/${campaign.id}/publish`).expect(202);
    expect(res.body.publications[0]).toMatchObject({ status: 'queued', targetStatus: 'active' });
    const events = (await recruiter.get(`/api/campaigns/${campaign.id}/events`).expect(200)).body.items as { type: string; level: string }[];
    expect(events.map((e) => e.type)).toEqual(['created', 'publish_requested', 'enqueue_deferred']);
    expect(events[2].level).toBe('warn');

    // The API process ends with the job it could not enqueue; Redis comes back empty.
    const apiRedis = api.app.get<Redis>(REDIS);
    await within(api.close(), 10_000);
    // Its quit() could not reach the dead server, so the shared client would reconnect forever.
    apiRedis.disconnect();
    api = undefined;
    redis = await startRedis(port);
    worker = await createTestApp(env);
    const [before] = await worker.dataSource.query(`SELECT status FROM campaign_publications WHERE campaign_id = $1`, [campaign.id]);
    expect(before.status).toBe('queued');

    const report = await worker.app.get(PublicationReconciler).run({ graceMs: 0 });
    expect(report).toMatchObject({ publishEnqueued: 1, statusEnqueued: 0, live: 0 });

    const deadline = Date.now() + 30_000;
    let row: { status: string; idempotency_key: string; attempts: number } | undefined;
    while (Date.now() < deadline) {
      [row] = await worker.dataSource.query(`SELECT status, idempotency_key, attempts FROM campaign_publications WHERE campaign_id = $1`, [campaign.id]);
      if (row!.status === 'active') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(row).toMatchObject({ status: 'active', attempts: 1 });
    const objects = await worker.dataSource.query(`SELECT type FROM sandbox_objects WHERE publication_key = $1 ORDER BY created_at`, [row!.idempotency_key]);
    expect(objects.map((o: { type: string }) => o.type)).toEqual(['campaign', 'adset', 'ad']);
    // Nothing is owed any more: a second pass enqueues nothing.
    expect(await worker.app.get(PublicationReconciler).run({ graceMs: 0 })).toMatchObject({ publishEnqueued: 0, statusEnqueued: 0 });
  });
});
