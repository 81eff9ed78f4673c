import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { addDays } from '../src/performance/calc/periods';
import { deliver, insertCampaign, insertJob } from './campaign-list-fixtures';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, today } from './performance-fixtures';

const day = (offset: number) => addDays(today(), offset);

describe('campaigns performance list, job figures and bulk actions (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let ids: Record<'alpha' | 'bravo' | 'charlie' | 'delta', string>;
  let jobA: string;
  let jobB: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    // Status jobs after a pause reach this no-op platform, never a real adapter.
    t.app.get<AdapterBuilders>(ADAPTER_BUILDERS).sandbox = () => fixedDeliveryPlatform({ impressions: 0, reach: 0, clicks: 0, spendMinor: 0, conversions: 0 });
    const admin = await loginAs(t, 'admin');
    recruiter = await loginAs(t, 'recruiter');
    const sandbox = await createSandboxConnection(admin);
    const second = await createSandboxConnection(admin, 'Second sandbox');
    jobA = await insertJob(t, 'Backend engineer');
    jobB = await insertJob(t, 'Nurse');
    // alpha: live on sandbox and meta, most spend, 2 applicants; bravo: live sandbox, cheapest per applicant;
    // charlie: paused on google, spend but no applicant; delta: a draft, nothing delivered (newest).
    const alpha = await insertCampaign(t, { name: 'Alpha', jobId: jobA, ageDays: 4, publications: [{ connectionId: sandbox, platform: 'sandbox', status: 'active' }, { connectionId: second, platform: 'meta', status: 'active' }] });
    const bravo = await insertCampaign(t, { name: 'bravo', jobId: jobA, ageDays: 3, publications: [{ connectionId: sandbox, platform: 'sandbox', status: 'active' }] });
    const charlie = await insertCampaign(t, { name: 'Charlie', jobId: jobB, ageDays: 2, publications: [{ connectionId: sandbox, platform: 'google', status: 'paused' }] });
    const delta = await insertCampaign(t, { name: 'Delta', jobId: jobB, ageDays: 1, publications: [{ connectionId: sandbox, platform: 'sandbox', status: 'draft' }] });
    ids = { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id, delta: delta.id };
    await deliver(t, alpha.publicationIds[0]!, [{ date: day(-1), spendMinor: 6000, impressions: 9000, clicks: 90 }, { date: day(-40), spendMinor: 99_000, impressions: 1, clicks: 1 }]);
    await deliver(t, alpha.publicationIds[1]!, [{ date: day(-2), spendMinor: 4000, impressions: 1000, clicks: 10 }]);
    await deliver(t, bravo.publicationIds[0]!, [{ date: day(-1), spendMinor: 3000, impressions: 3000, clicks: 300 }]);
    await deliver(t, charlie.publicationIds[0]!, [{ date: day(-3), spendMinor: 5000, impressions: 20000, clicks: 5 }]);
    // Applications through the API: the tracking code attributes them, and the rollup counts them.
    const codes: { tracking_code: string; campaign_id: string }[] = await t.dataSource.query(`SELECT tracking_code, campaign_id FROM campaign_publications WHERE campaign_id = ANY($1) AND platform = 'sandbox'`, [[alpha.id, bravo.id]]);
    const code = (id: string) => codes.find((c) => c.campaign_id === id)!.tracking_code;
    for (const trackingCode of [code(alpha.id), code(alpha.id), code(bravo.id), code(bravo.id), code(bravo.id)]) {
      await recruiter.post('/api/applications', { trackingCode, source: 'careers-site' }).expect(201);
    }
  });
  afterAll(() => t.close());

  const names = (body: { items: { campaign: { name: string } }[] }) => body.items.map((r) => r.campaign.name);

  it('shows each campaign with its figures over the range, and pacing for all but drafts', async () => {
    const res = await recruiter.get('/api/campaigns/performance').expect(200);
    expect(names(res.body)).toEqual(['Delta', 'Charlie', 'bravo', 'Alpha']);
    expect(res.body.total).toBe(4);
    expect(res.body.currency).toBe('USD');
    const alpha = res.body.items.find((r: any) => r.campaign.id === ids.alpha);
    // The day 40 days ago is outside the default 30 days.
    expect(alpha.figures).toEqual({ spendMinor: 10_000, impressions: 10_000, clicks: 100, applications: 2, ctr: 0.01, costPerApplicantMinor: 5000 });
    expect(alpha.pacing).toMatchObject({ spentMinor: 109_000, currency: 'USD' });
    expect(alpha.campaign.status).toBe('active');
    const draft = res.body.items.find((r: any) => r.campaign.id === ids.delta);
    expect(draft.figures).toMatchObject({ spendMinor: 0, applications: 0, ctr: null, costPerApplicantMinor: null });
    expect(draft.pacing).toBeNull();
    const wide = await recruiter.get(`/api/campaigns/performance?from=${day(-60)}&to=${today()}&sort=spend`).expect(200);
    expect(wide.body.items[0].figures.spendMinor).toBe(109_000);
  });

  it('sorts by each figure and by name, both ways; an undefined cost per applicant sorts last', async () => {
    const sorted = async (query: string) => names((await recruiter.get(`/api/campaigns/performance?${query}`).expect(200)).body);
    expect(await sorted('sort=spend')).toEqual(['Alpha', 'Charlie', 'bravo', 'Delta']);
    expect(await sorted('sort=spend&order=asc')).toEqual(['Delta', 'bravo', 'Charlie', 'Alpha']);
    expect(await sorted('sort=impressions')).toEqual(['Charlie', 'Alpha', 'bravo', 'Delta']);
    expect(await sorted('sort=clicks')).toEqual(['bravo', 'Alpha', 'Charlie', 'Delta']);
    expect(await sorted('sort=applications')).toEqual(['bravo', 'Alpha', 'Delta', 'Charlie']);
    expect(await sorted('sort=costPerApplicant&order=asc')).toEqual(['bravo', 'Alpha', 'Delta', 'Charlie']);
    expect(await sorted('sort=costPerApplicant&order=desc')).toEqual(['Alpha', 'bravo', 'Delta', 'Charlie']);
    expect(await sorted('sort=name')).toEqual(['Alpha', 'bravo', 'Charlie', 'Delta']);
    expect(await sorted('sort=createdAt&order=asc')).toEqual(['Alpha', 'bravo', 'Charlie', 'Delta']);
  });

  it('pages with a cursor that belongs to its sort', async () => {
    const first = await recruiter.get('/api/campaigns/performance?sort=spend&limit=3').expect(200);
    expect(names(first.body)).toEqual(['Alpha', 'Charlie', 'bravo']);
    const second = await recruiter.get(`/api/campaigns/performance?sort=spend&limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect(names(second.body)).toEqual(['Delta']);
    expect(second.body.nextCursor).toBeNull();
    expectProblem(await recruiter.get(`/api/campaigns/performance?sort=clicks&limit=3&cursor=${first.body.nextCursor}`), 400, 'cursor');
    const negative = Buffer.from(JSON.stringify(['spend:desc', -3])).toString('base64url');
    expectProblem(await recruiter.get(`/api/campaigns/performance?sort=spend&cursor=${negative}`), 400, 'cursor');
  });

  it('filters by status and platform, with counts per value under the other filters', async () => {
    const all = await recruiter.get('/api/campaigns/performance').expect(200);
    expect(all.body.facets.status).toEqual([{ value: 'active', count: 2 }, { value: 'draft', count: 1 }, { value: 'paused', count: 1 }]);
    expect(all.body.facets.platform).toEqual([{ value: 'sandbox', count: 3 }, { value: 'google', count: 1 }, { value: 'meta', count: 1 }]);
    const sandbox = await recruiter.get('/api/campaigns/performance?platform=sandbox').expect(200);
    expect(names(sandbox.body)).toEqual(['Delta', 'bravo', 'Alpha']);
    expect(sandbox.body.facets.status).toEqual([{ value: 'active', count: 2 }, { value: 'draft', count: 1 }]);
    const active = await recruiter.get('/api/campaigns/performance?status=active&platform=meta').expect(200);
    expect(names(active.body)).toEqual(['Alpha']);
    expect(active.body.total).toBe(1);
    expect(active.body.facets.platform).toEqual([{ value: 'sandbox', count: 2 }, { value: 'meta', count: 1 }]);
    const searched = await recruiter.get(`/api/campaigns/performance?q=ALPH&jobId=${jobA}`).expect(200);
    expect(names(searched.body)).toEqual(['Alpha']);
  });

  it('refuses a bad sort, order, platform or range naming the field', async () => {
    expectProblem(await recruiter.get('/api/campaigns/performance?sort=ctr'), 400, 'sort');
    expectProblem(await recruiter.get('/api/campaigns/performance?order=up'), 400, 'order');
    expectProblem(await recruiter.get('/api/campaigns/performance?platform=tiktok'), 400, 'platform');
    expectProblem(await recruiter.get(`/api/campaigns/performance?from=${today()}&to=${day(-1)}`), 400, 'from');
  });

  it('sums each job\'s campaigns: spend, applicants, cost per applicant and live campaigns', async () => {
    const res = await recruiter.get(`/api/campaigns/job-figures?jobId=${jobB}&jobId=${jobA}`).expect(200);
    expect(res.body.items).toEqual([
      { jobId: jobB, campaigns: 2, activeCampaigns: 0, spendMinor: 5000, applications: 0, costPerApplicantMinor: null },
      { jobId: jobA, campaigns: 2, activeCampaigns: 2, spendMinor: 13_000, applications: 5, costPerApplicantMinor: 2600 },
    ]);
    expectProblem(await recruiter.get('/api/campaigns/job-figures?jobId=nope'), 400, 'jobId');
  });

  it('bulk pause reports one outcome per campaign: accepted rows change, a draft is a 409 row, an unknown id a 404 row', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await recruiter.post('/api/campaigns/bulk-actions', { action: 'pause', campaignIds: [ids.bravo, ids.delta, ids.alpha, unknown] }).expect(200);
    expect(res.body).toMatchObject({ action: 'pause', accepted: 2, refused: 2 });
    expect(res.body.results.map((r: any) => [r.campaignId, r.outcome, r.status])).toEqual([
      [ids.bravo, 'accepted', 202], [ids.delta, 'conflict', 409], [ids.alpha, 'accepted', 202], [unknown, 'not_found', 404],
    ]);
    expect(res.body.results[1].detail).toMatch(/Nothing to pause/);
    expect(res.body.results[0].campaign.publications.every((p: any) => p.targetStatus === 'paused')).toBe(true);
    const targets = await t.dataSource.query(`SELECT DISTINCT target_status FROM campaign_publications WHERE campaign_id = ANY($1)`, [[ids.alpha, ids.bravo]]);
    expect(targets).toEqual([{ target_status: 'paused' }]);
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'campaign.pause'`);
    expect(audit[0].n).toBe(2);
    // Pausing again: every row is now a conflict, never a 500.
    const again = await recruiter.post('/api/campaigns/bulk-actions', { action: 'pause', campaignIds: [ids.alpha, ids.bravo] }).expect(200);
    expect(again.body.results.map((r: any) => r.status)).toEqual([409, 409]);
  });

  it('bulk actions validate the body and are refused to viewers', async () => {
    expectProblem(await recruiter.post('/api/campaigns/bulk-actions', { action: 'delete', campaignIds: [ids.alpha] }), 400, 'action');
    expectProblem(await recruiter.post('/api/campaigns/bulk-actions', { action: 'pause', campaignIds: [] }), 400, 'campaignIds');
    expectProblem(await recruiter.post('/api/campaigns/bulk-actions', { action: 'pause', campaignIds: ['x'] }), 400);
    const viewer = await loginAs(t, 'viewer');
    await viewer.post('/api/campaigns/bulk-actions', { action: 'pause', campaignIds: [ids.alpha] }).expect(403);
    await viewer.get('/api/campaigns/performance').expect(200);
  });

  it('keeps the campaign rollup equal to the daily metrics and the applications after a re-sync', async () => {
    const [{ publication_id }] = await t.dataSource.query(`SELECT id AS publication_id FROM campaign_publications WHERE campaign_id = $1 AND platform = 'sandbox'`, [ids.alpha]);
    await deliver(t, publication_id, [{ date: day(-1), spendMinor: 7000, impressions: 9000, clicks: 90 }]);
    const [rollup] = await t.dataSource.query(`SELECT spend_reporting_minor::int AS spend, applications::int AS applications FROM metrics_daily_campaign WHERE campaign_id = $1 AND date = $2`, [ids.alpha, day(-1)]);
    expect(rollup).toEqual({ spend: 7000, applications: 0 });
    const [rows] = await t.dataSource.query(`SELECT sum(applications)::int AS applications FROM metrics_daily_campaign WHERE campaign_id = $1`, [ids.alpha]);
    expect(rows.applications).toBe(2);
  });
  /** Running totals that differ from the rollup's days (cumulative rows, totals rows), and the campaign's number of days. */
  const runningTotalsDrift = async (campaignId: string) => {
    const [drift] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM metrics_campaign_cumulative c
                CROSS JOIN LATERAL (SELECT sum(impressions) AS i, sum(clicks) AS c, sum(spend_minor) AS s, sum(spend_reporting_minor) AS r, sum(applications) AS a
                                      FROM metrics_daily_campaign m WHERE m.campaign_id = c.campaign_id AND m.date <= c.date) m
                WHERE (c.impressions, c.clicks, c.spend_minor, c.spend_reporting_minor, c.applications) IS DISTINCT FROM (m.i, m.c, m.s, m.r, m.a)) AS cumulative,
              (SELECT count(*)::int FROM (SELECT campaign_id, sum(spend_reporting_minor) AS spend, sum(applications) AS applications, min(date) AS first, max(date) AS last
                                            FROM metrics_daily_campaign GROUP BY campaign_id) m
                 FULL JOIN metrics_campaign_totals t USING (campaign_id)
                WHERE (m.spend, m.applications, m.first, m.last) IS DISTINCT FROM (t.spend_reporting_minor, t.applications, t.first_date, t.last_date)) AS totals,
              (SELECT count(*)::int FROM metrics_campaign_cumulative WHERE campaign_id = $1) AS alpha_days`,
      [campaignId],
    );
    return drift;
  };

  it('keeps the running totals right when two transactions change one campaign\'s days at once', async () => {
    const [first, second] = [t.dataSource.createQueryRunner(), t.dataSource.createQueryRunner()];
    const addDay = (runner: typeof first, offset: number, spend: number) => runner.query(
      `INSERT INTO metrics_daily_campaign (campaign_id, date, spend_minor, spend_reporting_minor) VALUES ($1, $2, $3, $3)`, [ids.alpha, day(offset), spend]);
    try {
      await first.startTransaction();
      await second.startTransaction();
      await addDay(first, -45, 100);
      // Both days precede the campaign's first, so each recomputes the whole series. The second must wait for the
      // first to commit and then see its day (without the per-campaign lock it collided with the first's new rows).
      const waiting = addDay(second, -50, 200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const res = await recruiter.get(`/api/campaigns/performance?from=${day(-60)}&to=${today()}`).expect(200);
    const alpha = res.body.items.find((r: any) => r.campaign.id === ids.alpha);
    expect(alpha.figures.spendMinor).toBe(6000 + 4000 + 99_000 + 300);
    expect(alpha.pacing.spentMinor).toBe(6000 + 4000 + 99_000 + 300);
    expect(await runningTotalsDrift(ids.alpha)).toEqual({ cumulative: 0, totals: 0, alpha_days: 51 });
  });

  it('keeps the running totals right when a sync re-writes a past day or adds a day before the first', async () => {
    const [{ publication_id }] = await t.dataSource.query(`SELECT id AS publication_id FROM campaign_publications WHERE campaign_id = $1 AND platform = 'sandbox'`, [ids.alpha]);
    // Day -40 (99 000 when first synced) is re-synced at 1 000: every later running total moves down.
    await deliver(t, publication_id, [{ date: day(-40), spendMinor: 1000, impressions: 1, clicks: 1 }]);
    await deliver(t, publication_id, [{ date: day(-50), spendMinor: 500, impressions: 5, clicks: 0 }]);
    const figuresOf = async (query: string) => {
      const res = await recruiter.get(`/api/campaigns/performance?${query}`).expect(200);
      return { names: names(res.body), alpha: res.body.items.find((r: any) => r.campaign.id === ids.alpha) };
    };
    const wide = await figuresOf(`from=${day(-60)}&to=${today()}&sort=spend`);
    expect(wide.names).toEqual(['Alpha', 'Charlie', 'bravo', 'Delta']);
    expect(wide.alpha.figures).toMatchObject({ spendMinor: 11_500, impressions: 10_006, clicks: 101, applications: 2 });
    expect(wide.alpha.pacing.spentMinor).toBe(11_500);
    // Ranges that start or end inside the gaps between delivered days, before the first and after the last.
    expect((await figuresOf(`from=${day(-45)}&to=${day(-40)}`)).alpha.figures.spendMinor).toBe(1000);
    expect((await figuresOf(`from=${day(-70)}&to=${day(-41)}`)).alpha.figures.spendMinor).toBe(500);
    expect((await figuresOf(`from=${day(-39)}&to=${day(-2)}`)).alpha.figures.spendMinor).toBe(4000);
    expect((await figuresOf(`from=${day(-90)}&to=${day(-51)}`)).alpha.figures.spendMinor).toBe(0);
    expect((await figuresOf(`sort=spend&from=${day(-45)}&to=${day(-35)}`)).names).toEqual(['Alpha', 'Delta', 'Charlie', 'bravo']);
    // Every running total is the sum of the rollup's days up to it, and each campaign's total the sum of all of them.
    const drift = await runningTotalsDrift(ids.alpha);
    // Alpha's series is dense from day -50 to today (its applications).
    expect(drift).toEqual({ cumulative: 0, totals: 0, alpha_days: 51 });
  });
});
