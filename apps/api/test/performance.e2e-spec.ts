import request from 'supertest';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { MetricsSyncScheduler } from '../src/performance/sync/metrics-sync.scheduler';
import { MetricsSyncService } from '../src/performance/sync/metrics-sync.service';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, today, waitFor } from './performance-fixtures';

const PER_DAY = { impressions: 1000, reach: 800, clicks: 20, spendMinor: 1500, conversions: 1 };

describe('performance: sync, tracking, applications, dashboard (integration)', () => {
  let t: TestApp;
  let builders: AdapterBuilders;
  let originalSandbox: AdapterBuilders['sandbox'];
  beforeAll(async () => {
    t = await createTestApp({ METRICS_SYNC_WINDOW_DAYS: '3' });
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    originalSandbox = builders.sandbox;
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    builders.sandbox = originalSandbox;
  });
  afterAll(() => t.close());

  const metricTotals = async () => {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS rows, coalesce(sum(spend_minor),0)::int AS spend, coalesce(sum(clicks),0)::int AS clicks FROM publication_metrics_daily`);
    return row as { rows: number; spend: number; clicks: number };
  };

  it('syncs through the real queue, idempotently, and dedupes a manual sync in the same minute', async () => {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    const connectionId = await createSandboxConnection(admin);
    const { campaignId } = await seedLiveCampaign(t, connectionId);
    const fake = fixedDeliveryPlatform(PER_DAY);
    builders.sandbox = () => fake;

    const first = await recruiter.post(`/api/campaigns/${campaignId}/sync`).expect(202);
    const second = await recruiter.post(`/api/campaigns/${campaignId}/sync`).expect(202);
    expect(second.body.jobId).toBe(first.body.jobId);
    await waitFor(async () => (await metricTotals()).rows === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls).toBe(1);
    expect(await metricTotals()).toEqual({ rows: 3, spend: 4500, clicks: 60 });

    // Running the sync again replaces the days instead of adding to them.
    await t.app.get(MetricsSyncService).syncCampaign(campaignId);
    expect(await metricTotals()).toEqual({ rows: 3, spend: 4500, clicks: 60 });
    const [rollup] = await t.dataSource.query(`SELECT sum(spend_reporting_minor)::int AS spend FROM metrics_daily_platform`);
    expect(rollup.spend).toBe(4500);
  });

  it('a double cron fire enqueues one job per connection and slot', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    await seedLiveCampaign(t, connectionId);
    const fake = fixedDeliveryPlatform(PER_DAY);
    builders.sandbox = () => fake;
    const scheduler = t.app.get(MetricsSyncScheduler);
    const now = new Date();
    // The cron only enqueues the slot's fan-out job: a double fire adds it once (same job id).
    const [first, second] = [await scheduler.tick(now), await scheduler.tick(now)];
    expect(second.id).toBe(first.id);
    expect(await (await first.finished())).toEqual({ connections: 1 });
    await waitFor(async () => (await metricTotals()).rows === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls).toBe(1);
  });

  it('tracking redirect records the click and only ever redirects to the job URL', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    const { trackingCode, publicationId, campaignId } = await seedLiveCampaign(t, connectionId);
    const res = await request(t.app.getHttpServer()).get(`/r/${trackingCode}?url=https://evil.example/&next=//evil.example`).expect(302);
    const location = new URL(res.headers.location);
    expect(location.origin + location.pathname).toBe('https://jobs.acme.example/apply');
    expect(location.searchParams.get('ref')).toBe('42');
    expect(location.searchParams.get('adflux_tc')).toBe(trackingCode);
    expect(location.searchParams.get('utm_campaign')).toBe(campaignId);
    await request(t.app.getHttpServer()).get(`/r/${trackingCode}`).expect(302);
    const [clicks] = await t.dataSource.query(`SELECT clicks FROM tracking_clicks_daily WHERE publication_id = $1 AND date = $2`, [publicationId, today()]);
    expect(clicks.clicks).toBe(2);
    expectProblem(await request(t.app.getHttpServer()).get('/r/unknown-code-1'), 404);
    expectProblem(await request(t.app.getHttpServer()).get('/r/<script>'), 404);
  });

  it('records applications from an API token, attributes them, and counts a resent externalId once', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    const { trackingCode, campaignId } = await seedLiveCampaign(t, connectionId);
    const { body: token } = await admin.post('/api/api-tokens', { name: 'ATS', scopes: ['read', 'write'] }).expect(201);
    const ats = (r: request.Test) => r.set('Authorization', `Bearer ${token.secret}`);
    const body = { trackingCode, candidateEmail: 'Ana@Example.com', source: 'greenhouse', externalId: 'gh-1' };
    const created = await ats(request(t.app.getHttpServer()).post('/api/applications')).send(body).expect(201);
    expect(created.body).toMatchObject({ campaignId, platform: 'sandbox', candidateEmail: 'ana@example.com' });
    const again = await ats(request(t.app.getHttpServer()).post('/api/applications')).send(body).expect(200);
    expect(again.body.id).toBe(created.body.id);
    expectProblem(await ats(request(t.app.getHttpServer()).post('/api/applications')).send({ ...body, externalId: 'gh-2', trackingCode: 'nope-nope-1' }), 422, 'trackingCode');
    expectProblem(await ats(request(t.app.getHttpServer()).post('/api/applications')).send({ source: 'x', candidateEmail: 'not-an-email' }), 400, 'candidateEmail');
    const list = await admin.get(`/api/applications?campaignId=${campaignId}`).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('dashboard summary, timeseries, breakdown and campaign metrics match the synced numbers; CSV export', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    const { campaignId, trackingCode, jobId } = await seedLiveCampaign(t, connectionId, { totalBudgetMinor: 100_000 });
    builders.sandbox = () => fixedDeliveryPlatform(PER_DAY);
    await t.app.get(MetricsSyncService).syncCampaign(campaignId);
    await admin.post('/api/applications', { trackingCode, source: 'careers' }).expect(201);
    await admin.post('/api/applications', { trackingCode, source: 'careers' }).expect(201);

    const summary = await admin.get(`/api/dashboard/summary?to=${today()}`).expect(200);
    expect(summary.body.current).toMatchObject({ spendMinor: 4500, clicks: 60, impressions: 3000, applications: 2, costPerApplicantMinor: 2250, cpcMinor: 75 });
    expect(summary.body.current.ctr).toBeCloseTo(0.02);
    expect(summary.body).toMatchObject({ activeCampaigns: 1, openJobs: 1, currency: 'USD' });
    expect(summary.body.deltas.spendMinor).toEqual({ value: 4500, previous: 0, change: null });

    const series = await admin.get(`/api/dashboard/timeseries?metric=spend&groupBy=platform&to=${today()}`).expect(200);
    expect(series.body.rows).toHaveLength(3);
    expect(series.body.rows.every((r: { key: string; value: number }) => r.key === 'sandbox' && r.value === 1500)).toBe(true);
    const bySegment = await admin.get(`/api/dashboard/timeseries?metric=clicks&groupBy=segment`).expect(200);
    expect(bySegment.body.rows.reduce((s: number, r: { value: number }) => s + r.value, 0)).toBe(60);

    const breakdown = await admin.get('/api/dashboard/breakdown?by=job').expect(200);
    expect(breakdown.body.rows).toEqual([expect.objectContaining({ key: jobId, spendMinor: 4500, applications: 2, costPerApplicantMinor: 2250 })]);

    const csv = await admin.get('/api/dashboard/breakdown?by=campaign&format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    // Money in units of the reporting currency, named with it (12.12), not minor-unit integers.
    const [header, first] = csv.text.split('\r\n');
    expect(header).toContain('costPerApplicant (USD)');
    expect(header).not.toContain('Minor');
    expect(first!.split(',')[header!.split(',').indexOf('spend (USD)')]).toBe('45');
    expect(csv.text).toContain('Backend US');
    const accept = await admin.get('/api/dashboard/timeseries').set('Accept', 'text/csv').expect(200);
    expect(accept.text.startsWith('date,key,label,value')).toBe(true);

    const metrics = await admin.get(`/api/campaigns/${campaignId}/metrics`).expect(200);
    expect(metrics.body.totals).toMatchObject({ spendMinor: 4500, applications: 2 });
    expect(metrics.body.pacing).toMatchObject({ spentMinor: 4500, budgetMinor: 100_000, currency: 'USD' });
    const jobMetrics = await admin.get(`/api/jobs/${jobId}/metrics`).expect(200);
    expect(jobMetrics.body.byCampaign).toHaveLength(1);

    expectProblem(await admin.get('/api/dashboard/summary?from=2026-12-01&to=2026-11-01'), 400, 'from');
    expectProblem(await admin.get('/api/dashboard/summary?from=2026-02-30'), 400, 'from');
    expectProblem(await admin.get('/api/dashboard/timeseries?groupBy=country'), 400, 'groupBy');
  });
});
