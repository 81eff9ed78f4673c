import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { METRICS_QUEUE, MetricsSyncQueue } from '../src/performance/sync/metrics-sync.queue';
import { SyncRequestsService } from '../src/performance/sync/sync-requests.service';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, waitFor } from './performance-fixtures';

const PER_DAY = { impressions: 1000, reach: 800, clicks: 20, spendMinor: 1500, conversions: 1 };

/** Issue 11.3: a "Sync now" is never lost, whether Redis refused the job or lost it afterwards. */
describe('performance: "Sync now" survives a lost or refused job (integration)', () => {
  let t: TestApp;
  let builders: AdapterBuilders;
  let queue: Queue;
  let recruiter: Session;
  let campaignId: string;
  let fake: ReturnType<typeof fixedDeliveryPlatform>;

  beforeAll(async () => {
    t = await createTestApp({ METRICS_SYNC_WINDOW_DAYS: '3' });
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    queue = t.app.get<Queue>(getQueueToken(METRICS_QUEUE));
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    await queue.empty();
    const admin = await loginAs(t, 'admin');
    recruiter = await loginAs(t, 'recruiter');
    campaignId = (await seedLiveCampaign(t, await createSandboxConnection(admin))).campaignId;
    fake = fixedDeliveryPlatform(PER_DAY);
    builders.sandbox = () => fake;
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await queue.resume(true);
  });
  afterAll(() => t.close());

  const request = async () =>
    (await t.dataSource.query(`SELECT slot, done_at, last_error FROM metrics_sync_requests WHERE campaign_id = $1`, [campaignId]))[0] as
      { slot: string; done_at: Date | null; last_error: string | null } | undefined;
  const metricRows = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM publication_metrics_daily`))[0].n as number;

  it('a job Redis lost after the request was accepted is enqueued again by the reconciler, and served once', async () => {
    await queue.pause(true); // this worker stops taking jobs: the job waits in Redis
    const { jobId } = (await recruiter.post(`/api/campaigns/${campaignId}/sync`).expect(202)).body;
    expect((await request())).toMatchObject({ done_at: null });
    await (await queue.getJob(jobId))!.remove(); // Redis lost it (flush, failover without persistence)
    await queue.resume(true);

    const requests = t.app.get(SyncRequestsService);
    expect(await requests.reconcile({ graceMs: 0 })).toEqual({ enqueued: 1, live: 0 });
    await waitFor(async () => (await request())?.done_at);
    expect(await metricRows()).toBe(3);
    expect(fake.calls).toBe(1);
    // Served: nothing left to re-enqueue.
    expect(await requests.reconcile({ graceMs: 0 })).toEqual({ enqueued: 0, live: 0 });
  });

  it('a request made while Redis does not answer still gets its 202 and is served once Redis is back', async () => {
    jest.spyOn(t.app.get(MetricsSyncQueue), 'enqueueCampaign').mockRejectedValueOnce(new Error('queue did not answer within 2000 ms'));
    const res = await recruiter.post(`/api/campaigns/${campaignId}/sync`).expect(202);
    expect(res.body.jobId).toMatch(new RegExp(`^sync-campaign:${campaignId}:`));
    expect(await queue.getJob(res.body.jobId)).toBeNull();
    expect((await request())).toMatchObject({ done_at: null });

    expect(await t.app.get(SyncRequestsService).reconcile({ graceMs: 0 })).toEqual({ enqueued: 1, live: 0 });
    await waitFor(async () => (await request())?.done_at);
    expect(await metricRows()).toBe(3);
    expect((await request())!.last_error).toBeNull();
  });

  it('a request for a campaign that does not exist is a 404 and saves nothing', async () => {
    await recruiter.post(`/api/campaigns/00000000-0000-4000-8000-000000000000/sync`).expect(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM metrics_sync_requests`);
    expect(n).toBe(0);
  });
});
