import request from 'supertest';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { SyncRequestsService } from '../src/performance/sync/sync-requests.service';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, waitFor } from './performance-fixtures';

const PER_DAY = { impressions: 1000, reach: 800, clicks: 20, spendMinor: 1500, conversions: 1 };

/** Issue 12 item 6 and 15, through HTTP on real PostgreSQL and Redis: scheduled campaigns, pacing, sync status and outcome, the session probe. */
describe('honest states (integration)', () => {
  let t: TestApp;
  let builders: AdapterBuilders;
  let originalSandbox: AdapterBuilders['sandbox'];
  beforeAll(async () => {
    t = await createTestApp({ METRICS_SYNC_WINDOW_DAYS: '3', METRICS_SYNC_CRON: '*/30 * * * *' });
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    originalSandbox = builders.sandbox;
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    builders.sandbox = originalSandbox;
  });
  afterAll(() => t.close());

  const setStart = (campaignId: string, sqlInterval: string) =>
    t.dataSource.query(`UPDATE campaigns SET starts_at = now() + $2::interval WHERE id = $1`, [campaignId, sqlInterval]);

  /** The perf fixture seeds bare JSON columns; GET /campaigns/:id is checked against the contract. */
  const wellFormed = async (campaignId: string) => {
    await t.dataSource.query(`UPDATE campaigns SET creative = '{"headline":"Backend","primaryText":"Build APIs","description":"","callToAction":"APPLY_NOW"}' WHERE id = $1`, [campaignId]);
    await t.dataSource.query(`UPDATE campaign_publications SET targeting = '{"countries":["US"],"cities":[],"skills":[],"keywords":[]}' WHERE campaign_id = $1`, [campaignId]);
  };

  it('a live campaign whose start is ahead reads "scheduled" and its pacing "not_started"; 5 h after the start pacing is still "collecting"', async () => {
    const admin = await loginAs(t, 'admin');
    const viewer = await loginAs(t, 'viewer');
    const { campaignId } = await seedLiveCampaign(t, await createSandboxConnection(admin));
    await wellFormed(campaignId);

    await setStart(campaignId, '19 minutes');
    const scheduled = (await viewer.get(`/api/campaigns/${campaignId}`).expect(200)).body;
    expect(scheduled).toMatchObject({ status: 'active', displayStatus: 'scheduled' });
    expect((await viewer.get(`/api/campaigns/${campaignId}/metrics`).expect(200)).body.pacing.status).toBe('not_started');
    const listed = (await viewer.get('/api/campaigns?status=active').expect(200)).body.items;
    expect(listed.map((c: { displayStatus: string }) => c.displayStatus)).toEqual(['scheduled']);

    await setStart(campaignId, '-5 hours');
    expect((await viewer.get(`/api/campaigns/${campaignId}`).expect(200)).body.displayStatus).toBe('active');
    expect((await viewer.get(`/api/campaigns/${campaignId}/metrics`).expect(200)).body.pacing.status).toBe('collecting');

    await setStart(campaignId, '-3 days');
    expect((await viewer.get(`/api/campaigns/${campaignId}/metrics`).expect(200)).body.pacing.status).not.toBe('collecting');
  });

  it('"Sync now" records what it added; the status shows it with last and next sync per publication', async () => {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    const viewer = await loginAs(t, 'viewer');
    const { campaignId, publicationId } = await seedLiveCampaign(t, await createSandboxConnection(admin));
    builders.sandbox = () => fixedDeliveryPlatform(PER_DAY);

    const before = (await viewer.get(`/api/campaigns/${campaignId}/sync`).expect(200)).body;
    expect(before.request).toBeNull();
    expect(before.publications).toHaveLength(1);
    expect(before.publications[0]).toMatchObject({ publicationId, lastSyncedAt: null });
    const next = new Date(before.publications[0].nextSyncAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(next.getUTCMinutes() % 30).toBe(0);

    await recruiter.post(`/api/campaigns/${campaignId}/sync`).expect(202);
    const pending = (await viewer.get(`/api/campaigns/${campaignId}/sync`).expect(200)).body.request;
    expect(pending.requestedAt).toEqual(expect.any(String));
    const done = await waitFor(async () => {
      const body = (await viewer.get(`/api/campaigns/${campaignId}/sync`).expect(200)).body;
      return body.request?.doneAt ? body : null;
    });
    // 3 days of the window × the fixed delivery.
    expect(done.request).toMatchObject({ error: null, outcome: { impressions: 3000, clicks: 60, spendReportingMinor: 4500, currency: 'USD' } });
    expect(new Date(done.publications[0].lastSyncedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // A later "Sync now" (next minute's slot) with no new delivery says so: nothing added.
    await t.app.get(SyncRequestsService).request(campaignId, new Date(Date.now() + 60_000));
    const again = await waitFor(async () => {
      const body = (await viewer.get(`/api/campaigns/${campaignId}/sync`).expect(200)).body;
      return body.request?.doneAt && body.request.outcome ? body : null;
    });
    expect(again.request.outcome).toMatchObject({ impressions: 0, clicks: 0, spendReportingMinor: 0 });
  });

  it('a publication the schedule no longer covers has no next sync; unknown campaigns are 404', async () => {
    const admin = await loginAs(t, 'admin');
    const { campaignId } = await seedLiveCampaign(t, await createSandboxConnection(admin));
    await t.dataSource.query(`UPDATE campaign_publications SET status = 'archived', status_changed_at = now() - interval '30 days' WHERE campaign_id = $1`, [campaignId]);
    const body = (await admin.get(`/api/campaigns/${campaignId}/sync`).expect(200)).body;
    expect(body.publications[0].nextSyncAt).toBeNull();
    expectProblem(await admin.get('/api/campaigns/00000000-0000-4000-8000-000000000000/sync'), 404);
    expectProblem(await admin.get('/api/campaigns/not-a-uuid/sync'), 400);
  });

  it('the session probe answers 200 with or without a session, never 401', async () => {
    const anonymous = await request(t.app.getHttpServer()).get('/api/auth/session').expect(200);
    expect(anonymous.body).toEqual({ user: null });
    const stale = await request(t.app.getHttpServer()).get('/api/auth/session').set('Cookie', 'adflux_session=not-a-session').expect(200);
    expect(stale.body).toEqual({ user: null });
    const recruiter = await loginAs(t, 'recruiter');
    const signedIn = (await recruiter.get('/api/auth/session').expect(200)).body;
    expect(signedIn.user).toMatchObject({ id: recruiter.userId, email: recruiter.email, role: 'recruiter' });
    expect(Object.keys(signedIn.user).sort()).toEqual(['email', 'id', 'name', 'role']);
  });

  it('jobs say whether they may be advertised', async () => {
    const recruiter = await loginAs(t, 'recruiter');
    const [open] = await t.dataSource.query(`INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, status)
      VALUES ('Open', 'd', 's', 'Acme', 'US', 'remote', 'full_time', 'senior', 'open') RETURNING id`);
    const [paused] = await t.dataSource.query(`INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, status)
      VALUES ('Paused', 'd', 's', 'Acme', 'US', 'remote', 'full_time', 'senior', 'paused') RETURNING id`);
    expect((await recruiter.get(`/api/jobs/${open.id}`).expect(200)).body.advertisable).toBe(true);
    expect((await recruiter.get(`/api/jobs/${paused.id}`).expect(200)).body.advertisable).toBe(false);
    const listed = (await recruiter.get('/api/jobs').expect(200)).body.items;
    expect(Object.fromEntries(listed.map((j: { title: string; advertisable: boolean }) => [j.title, j.advertisable]))).toEqual({ Open: true, Paused: false });
  });

  it('the audit log lists the actions it holds, for its filter (admins only)', async () => {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: recruiter.email, password: 'wrong password' }).expect(401);
    const { items } = (await admin.get('/api/audit-log/actions').expect(200)).body;
    const [{ actions }] = await t.dataSource.query(`SELECT array_agg(DISTINCT action ORDER BY action) AS actions FROM audit_log`);
    expect(items).toEqual(actions);
    expect(items).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed']));
    expectProblem(await recruiter.get('/api/audit-log/actions'), 403);
  });

  it('lists the campaigns that target a segment (?segmentId=)', async () => {
    const admin = await loginAs(t, 'admin');
    const { campaignId } = await seedLiveCampaign(t, await createSandboxConnection(admin));
    await wellFormed(campaignId);
    const [{ segmentId }] = await t.dataSource.query(`SELECT segment_ids[1] AS "segmentId" FROM campaigns WHERE id = $1`, [campaignId]);
    const hit = (await admin.get(`/api/campaigns?segmentId=${segmentId}`).expect(200)).body.items;
    expect(hit.map((c: { id: string }) => c.id)).toEqual([campaignId]);
    expect((await admin.get('/api/campaigns?segmentId=00000000-0000-4000-8000-000000000000').expect(200)).body.items).toEqual([]);
    expectProblem(await admin.get('/api/campaigns?segmentId=nope'), 400, 'segmentId');
  });
});
