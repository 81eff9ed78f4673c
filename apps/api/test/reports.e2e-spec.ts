import request from 'supertest';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { addDays } from '../src/performance/calc/periods';
import { MetricsRepository } from '../src/performance/sync/metrics.repository';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, today, waitFor } from './performance-fixtures';

/** What the (fake) Meta-like platform reports every day: reach, unique clicks, CPM and frequency. */
const META_DAY = { impressions: 1000, reach: 500, clicks: 20, uniqueClicks: 15, spendMinor: 1500, conversions: 0, cpmMicros: 15_000_000, frequency: 2 };

describe('reports: per campaign, job and segment, CSV, bad input (integration)', () => {
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

  /**
   * One campaign with a synced Meta-like publication (3 days with reach) and a Google-like one (3 days
   * without reach, stored as the Google adapter does), 4 applications of which 1 is hired.
   */
  async function setup() {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    const connectionId = await createSandboxConnection(admin);
    const live = await seedLiveCampaign(t, connectionId);
    builders.sandbox = () => fixedDeliveryPlatform(META_DAY);
    await recruiter.post(`/api/campaigns/${live.campaignId}/sync`).expect(202);
    // The queued sync must end before the Google-like publication exists (it would sync it too).
    await waitFor(async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM publication_metrics_daily`))[0].n === 3);
    await new Promise((r) => setTimeout(r, 300));
    const [segment] = await t.dataSource.query(`SELECT segment_ids[1] AS id FROM campaigns WHERE id = $1`, [live.campaignId]);

    // A second connection holds the Google-like publication (one publication per campaign and connection).
    const secondConnection = await createSandboxConnection(admin, 'Second account');
    const [google] = await t.dataSource.query(
      `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
       VALUES ($1, $2, 'google', 'active', '{}', '{"campaign":"customers/1/campaigns/2","adgroup":"customers/1/adGroups/9"}', 'idem-google-report', 'tc-google-report', now()) RETURNING id`,
      [live.campaignId, secondConnection],
    );
    const days = [0, 1, 2].map((n) => addDays(today(), -n));
    await t.app.get(MetricsRepository).saveDaily(days.map((date) => ({
      publicationId: google.id, date, impressions: 2000, reach: null, clicks: 40, uniqueClicks: null, spendMinor: 3000, currency: 'USD',
      spendReportingMinor: 3000, conversions: 0, cpmMicros: 15_000_000, frequency: null,
    })));

    const { body: token } = await admin.post('/api/api-tokens', { name: 'ATS', scopes: ['read', 'write'] }).expect(201);
    const ats = () => request(t.app.getHttpServer()).post('/api/applications').set('Authorization', `Bearer ${token.secret}`);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await ats().send({ trackingCode: live.trackingCode, source: 'greenhouse', externalId: `rep-${i}` }).expect(201)).body.id);
    for (const stage of ['screening', 'interview', 'offer', 'hired']) await recruiter.patch(`/api/applications/${ids[0]}`, { stage }).expect(200);
    await recruiter.patch(`/api/applications/${ids[1]}`, { stage: 'screening' }).expect(200);
    return { admin, recruiter, ...live, googleId: google.id as string, segmentId: segment.id as string };
  }

  const range = () => `from=${addDays(today(), -6)}&to=${today()}`;

  it('campaign report: campaign, platform and ad-set rows; reach only where reported; ratios from sums', async () => {
    const { recruiter, campaignId, publicationId, googleId } = await setup();
    const res = await recruiter.get(`/api/reports/campaigns?${range()}`).expect(200);
    expect(res.body).toMatchObject({ kind: 'campaigns', currency: 'USD' });
    const rows = res.body.rows as Record<string, unknown>[];
    expect(rows.map((r) => [r.level, r.key])).toEqual([
      ['campaign', campaignId], ['platform', `${campaignId}:google`], ['adset', googleId], ['platform', `${campaignId}:sandbox`], ['adset', publicationId],
    ]);
    const [campaign, google, googleAdSet, meta] = rows;
    expect(campaign).toMatchObject({
      spendMinor: 13_500, impressions: 9000, clicks: 180, reach: 1500, reachIsDailySum: true, uniqueClicks: 45,
      frequency: 2, // the Meta-like 3000 impressions / 1500 reach; Google's impressions are not in it
      cpmMinor: 1500, cpcMinor: 75, applications: 4, screenings: 2, interviews: 1, offers: 1, hires: 1,
      costPerApplicantMinor: 3375, costPerHireMinor: 13_500, screeningRate: 0.5,
    });
    expect(campaign!.ctr).toBeCloseTo(0.02);
    expect(google).toMatchObject({ platform: 'google', reach: null, frequency: null, uniqueClicks: null, cpmMinor: 1500, spendMinor: 9000, applications: 0 });
    expect(googleAdSet).toMatchObject({ label: 'Ad set customers/1/adGroups/9', parentKey: `${campaignId}:google` });
    expect(meta).toMatchObject({ reach: 1500, uniqueClicks: 45, frequency: 2, applications: 4, costPerApplicantMinor: 1125 });
    // Stored as the platform reported it: NULL for Google, never 0.
    const stored = await t.dataSource.query(`SELECT reach, unique_clicks, cpm_micros::int AS cpm FROM publication_metrics_daily WHERE publication_id = $1 LIMIT 1`, [googleId]);
    expect(stored[0]).toEqual({ reach: null, unique_clicks: null, cpm: 15_000_000 });
    const synced = await t.dataSource.query(`SELECT reach::int, unique_clicks::int AS unique, frequency::float AS frequency FROM publication_metrics_daily WHERE publication_id = $1 LIMIT 1`, [publicationId]);
    expect(synced[0]).toEqual({ reach: 500, unique: 15, frequency: 2 });
  });

  it('job report: the job row adds up all its campaigns with the funnel to hire; segment report splits by target segment', async () => {
    const { recruiter, jobId, campaignId, segmentId } = await setup();
    const jobs = (await recruiter.get(`/api/reports/jobs?${range()}`).expect(200)).body.rows;
    expect(jobs.map((r: { level: string; key: string }) => [r.level, r.key])).toEqual([['job', jobId], ['campaign', campaignId]]);
    expect(jobs[0]).toMatchObject({ label: 'Backend engineer', spendMinor: 13_500, applications: 4, screenings: 2, interviews: 1, offers: 1, hires: 1, costPerHireMinor: 13_500 });

    const segments = (await recruiter.get(`/api/reports/segments?${range()}`).expect(200)).body.rows;
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ level: 'segment', key: segmentId, label: `Segment ${segmentId.slice(0, 8)}`, candidates: null, spendMinor: 13_500, hires: 1 });
  });

  it('CSV: the header row is there with rows and without; money in units of the currency', async () => {
    const { recruiter } = await setup();
    const csv = await recruiter.get(`/api/reports/campaigns?${range()}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'level,key,label,parentKey,platform,candidates,spend (USD),impressions,reach,reachIsDailySum,frequency,clicks,uniqueClicks,conversions,ctr,uniqueCtr,'
      + 'cpm (USD),cpc (USD),applications,screenings,interviews,offers,hires,costPerApplicant (USD),costPerInterview (USD),costPerHire (USD),'
      + 'applicationRate,screeningRate,interviewRate,offerRate,hireRate',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^campaign,[0-9a-f-]{36},Backend US,,,,135,9000,1500,true,2,180,45,/);
    expect(lines[2]).toMatch(/^platform,[0-9a-f-]{36}:google,google,[0-9a-f-]{36},google,,90,6000,,false,,120,,/); // no reach → empty cells, not 0

    const empty = await recruiter.get('/api/reports/jobs?from=2020-01-01&to=2020-01-31&format=csv').expect(200);
    expect(empty.text).toBe(`${lines[0]}\r\n`);
  });

  it('bad ranges are 400 naming the field; every role reads; no session is 401', async () => {
    const viewer = await loginAs(t, 'viewer');
    expectProblem(await viewer.get('/api/reports/campaigns?from=2026-02-30&to=2026-03-01'), 400, 'from');
    expectProblem(await viewer.get('/api/reports/jobs?from=2026-03-02&to=2026-03-01'), 400, 'from');
    expectProblem(await viewer.get('/api/reports/segments?to=yesterday'), 400, 'to');
    expectProblem(await viewer.get('/api/reports/segments?format=pdf'), 400, 'format');
    expect((await viewer.get('/api/reports/segments').expect(200)).body).toMatchObject({ kind: 'segments', rows: [] });
    await request(t.app.getHttpServer()).get('/api/reports/campaigns').expect(401);
  });
});
