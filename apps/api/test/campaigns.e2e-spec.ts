import { appConfig } from '../src/config/app-config';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { clearTables, createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

// App start and logins (argon2 on purpose) take seconds on a busy machine.
jest.setTimeout(60_000);

const skill = (name: string, share: number, lift = 2) => ({ skill: name, share, overallShare: share / lift, lift });

describe('campaigns: drafts, targeting, previews, compliance (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let admin: Session;
  let sandboxId: string;
  let metaId: string;
  let jobId: string;
  let segmentIds: string[];

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ads.adflux.test' });
    await resetState(t.dataSource);
    [recruiter, admin] = await Promise.all([loginAs(t, 'recruiter'), loginAs(t, 'admin')]);
    sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    const meta = await admin.post('/api/platform-connections', {
      kind: 'meta', name: 'Clinic Meta', meta: { adAccountId: 'act_123', pageId: '456', accessToken: 'EAAtest-token-value-1234', currency: 'USD' },
    }).expect(201);
    metaId = meta.body.id;
  });
  beforeEach(async () => {
    await clearTables(t.dataSource, ['campaigns', 'jobs']);
    jobId = await insertOpenJob(t.dataSource);
    segmentIds = await insertActiveSegments(t.dataSource, [
      segmentProfile('Pediatric nurses', { size: 120, topSkills: [skill('Nursing', 0.9), skill('ICU', 0.4, 3)], topRegions: [{ countryCode: 'US', region: 'Texas', share: 0.8 }] }),
      segmentProfile('Java developers', { size: 300, topSkills: [skill('Java', 0.9)], topCountries: [{ countryCode: 'DE', share: 1 }], experience: { median: 12, p25: null, p75: null, missingShare: 0 } }),
    ]);
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}, connections = [sandboxId]) =>
    (await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], connections, overrides)).expect(201)).body;

  it('creates a draft with one draft publication per connection and targeting derived from the job and segments', async () => {
    const c = await create({}, [sandboxId, metaId]);
    expect(c).toMatchObject({
      status: 'draft', name: 'Nurses – Austin', job: { id: jobId, title: 'Registered Nurse', status: 'open' }, segmentIds: [segmentIds[0]],
      dailyBudgetMinor: 2500, currency: 'USD', totalBudgetMinor: null, creative: { headline: 'Registered Nurse in Austin', imageUrl: null },
    });
    expect(c.publications).toHaveLength(2);
    // Real platforms first, then the sandbox.
    const [meta, sandbox] = c.publications;
    expect(sandbox).toMatchObject({ connectionId: sandboxId, platform: 'sandbox', isSandbox: true, status: 'draft', targetStatus: 'active', externalIds: {}, attempts: 0 });
    // The estimate counts the segment's members living where the targeting reaches (Austin): these fixture segments have no assigned members.
    expect(sandbox.audienceSize).toBe(0);
    expect(meta).toMatchObject({ connectionId: metaId, platform: 'meta', platformLabel: 'Meta', connectionName: 'Clinic Meta', isSandbox: false });
    // On-site job in Austin: the city with a commute radius; skills: the job's, then the segment's typical ones.
    expect(sandbox.targeting).toEqual({
      countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 40 }], skills: ['Nursing', 'Pediatrics', 'ICU'], keywords: ['registered nurse', 'registered nurse jobs'],
    });
    expect(sandbox.trackingUrl).toMatch(/^https:\/\/ads\.adflux\.test\/r\/[A-Za-z0-9_-]{12}$/);
    expect(meta.trackingUrl).not.toBe(sandbox.trackingUrl);
    await recruiter.get(`/api/campaigns/${c.id}`).expect(200).expect((r) => expect(r.body).toEqual(c));
    const events = (await recruiter.get(`/api/campaigns/${c.id}/events`).expect(200)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['created']);
  });

  it('takes per-connection targeting from the body', async () => {
    const c = await create({ targeting: [{ connectionId: sandboxId, countries: ['us', 'CA'], cities: [], skills: ['Triage'], keywords: ['rn'] }] });
    expect(c.publications[0].targeting).toEqual({ countries: ['US', 'CA'], cities: [], skills: ['Triage'], keywords: ['rn'] });
  });

  it('rejects forbidden targeting keys with a 422 that names the employment-ad rule', async () => {
    const res = await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [sandboxId], {
      targeting: [{ connectionId: sandboxId, countries: ['US'], cities: [], skills: [], keywords: [], genders: [2], age_min: 30, zips: ['78701'] }],
    }));
    const body = expectProblem(res, 422, 'targeting[0].genders');
    expect((body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['targeting[0].age_min', 'targeting[0].genders', 'targeting[0].zips']);
    expect(body.detail).toMatch(/may not target or exclude by gender/);
    expect(await t.dataSource.query(`SELECT 1 FROM campaigns`)).toHaveLength(0);
  });

  it('validates the body: 400 per bad field, 422 for unknown references and cross-field rules', async () => {
    const bad = (over: Record<string, unknown>) => recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [sandboxId], over));
    expectProblem(await bad({ dailyBudgetMinor: 12.5 }), 400, 'dailyBudgetMinor');
    expectProblem(await bad({ currency: 'XYZ' }), 400, 'currency');
    expectProblem(await bad({ creative: { headline: 'x', primaryText: 'y', description: '', callToAction: 'BUY' } }), 400, 'creative.callToAction');
    expectProblem(await bad({ creative: { headline: 'x', primaryText: 'y', description: '', callToAction: 'APPLY_NOW', imageUrl: 'http://img.example.com/a.png' } }), 400, 'creative.imageUrl');
    expectProblem(await bad({ connectionIds: [] }), 400, 'connectionIds');
    expectProblem(await bad({ color: 'red' }), 400, 'color');
    expectProblem(await bad({ targeting: [{ connectionId: sandboxId, countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 'far' }], skills: [], keywords: [] }] }), 400, 'targeting[0].cities.0.radiusKm');
    expectProblem(await bad({ jobId: '00000000-0000-4000-8000-000000000000' }), 422, 'jobId');
    expectProblem(await bad({ segmentIds: ['00000000-0000-4000-8000-000000000000'] }), 422, 'segmentIds');
    expectProblem(await bad({ connectionIds: ['00000000-0000-4000-8000-000000000000'] }), 422, 'connectionIds');
    expectProblem(await bad({ endsAt: new Date(Date.now() - 86_400_000).toISOString() }), 422, 'endsAt');
    expectProblem(await bad({ totalBudgetMinor: 100 }), 422, 'totalBudgetMinor');
    await t.dataSource.query(`UPDATE jobs SET status = 'filled' WHERE id = $1`, [jobId]);
    expectProblem(await bad({}), 422, 'jobId');
  });

  it('edits drafts; changing the segments derives targeting again', async () => {
    const c = await create();
    const renamed = (await recruiter.patch(`/api/campaigns/${c.id}`, { name: 'Renamed', dailyBudgetMinor: 4000 }).expect(200)).body;
    expect(renamed).toMatchObject({ name: 'Renamed', dailyBudgetMinor: 4000 });
    expect(renamed.publications[0].targeting).toEqual(c.publications[0].targeting);

    const both = (await recruiter.patch(`/api/campaigns/${c.id}`, { segmentIds }).expect(200)).body;
    expect(both.publications[0].audienceSize).toBe(0);
    const rederived = (await recruiter.get(`/api/campaigns/${c.id}/targeting-preview`).expect(200)).body;
    expect(rederived.segmentPoolSize).toBe(420);
    expect(both.publications[0].targeting.skills).toEqual(['Nursing', 'Pediatrics', 'Java', 'ICU']);

    const moved = (await recruiter.patch(`/api/campaigns/${c.id}`, { connectionIds: [metaId] }).expect(200)).body;
    expect(moved.publications.map((p: { connectionId: string }) => p.connectionId)).toEqual([metaId]);
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { endsAt: '2020-01-01T00:00:00.000Z' }), 422, 'endsAt');
    const events = (await recruiter.get(`/api/campaigns/${c.id}/events`).expect(200)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['created', 'updated', 'updated', 'updated']);
  });

  it('lists newest first with keyset pages, filtered by job, status and name', async () => {
    const a = await create({ name: 'Alpha' });
    const b = await create({ name: 'Beta' });
    const page1 = (await recruiter.get('/api/campaigns?limit=1').expect(200)).body;
    expect(page1.items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const page2 = (await recruiter.get(`/api/campaigns?limit=1&cursor=${page1.nextCursor}`).expect(200)).body;
    expect(page2).toMatchObject({ items: [{ id: a.id }], nextCursor: null });
    expect((await recruiter.get('/api/campaigns?q=alp').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expect((await recruiter.get(`/api/campaigns?jobId=${jobId}&status=draft`).expect(200)).body.items).toHaveLength(2);
    expect((await recruiter.get('/api/campaigns?status=active').expect(200)).body.items).toHaveLength(0);
    await t.dataSource.query(`UPDATE campaign_publications SET status = 'active' WHERE campaign_id = $1`, [a.id]);
    expect((await recruiter.get('/api/campaigns?status=active').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expectProblem(await recruiter.get('/api/campaigns?status=running'), 400, 'status');
    expectProblem(await recruiter.get('/api/campaigns?cursor=nope'), 400, 'cursor');
  });

  it('deletes drafts only; published campaigns cannot be edited or deleted (409)', async () => {
    const draft = await create();
    await recruiter.delete(`/api/campaigns/${draft.id}`).expect(204);
    expectProblem(await recruiter.get(`/api/campaigns/${draft.id}`), 404);
    const live = await create();
    await t.dataSource.query(`UPDATE campaign_publications SET status = 'active' WHERE campaign_id = $1`, [live.id]);
    expectProblem(await recruiter.patch(`/api/campaigns/${live.id}`, { name: 'x' }), 409);
    expectProblem(await recruiter.delete(`/api/campaigns/${live.id}`), 409);
  });

  it('previews an unsaved campaign per platform with live compliance warnings', async () => {
    const res = await recruiter.post('/api/campaigns/preview', {
      jobId, segmentIds: [segmentIds[0]], connectionIds: [sandboxId, metaId], currency: 'USD', dailyBudgetMinor: 2500,
      creative: { headline: 'Registered Nurse – pediatric ward, Austin TX' },
    }).expect(200);
    const [meta, sandbox] = res.body.publications;
    expect(res.body.segmentPoolSize).toBe(120);
    expect(res.body.audienceSize).toBe(0);
    expect(sandbox.violations.map((v: { field: string }) => v.field)).toEqual(['creative.primaryText']);
    expect(meta.violations.map((v: { field: string }) => v.field).sort()).toEqual(['creative.headline', 'creative.primaryText']);
    expect(meta.violations.find((v: { field: string }) => v.field === 'creative.headline').message).toMatch(/Meta allows at most 40 characters/);
    // The Meta request bodies: employment category, skills searched as interests, the city with its radius.
    expect(meta.payload.campaign).toMatchObject({ special_ad_categories: ['EMPLOYMENT'], status: 'PAUSED', objective: 'OUTCOME_TRAFFIC' });
    expect(meta.payload.adset.daily_budget).toBe(2500);
    expect(meta.payload.adset.targeting.flexible_spec[0].interests.map((i: { name: string }) => i.name)).toEqual(['Nursing', 'Pediatrics', 'ICU']);
    expect(meta.payload.adset.targeting.geo_locations.cities[0]).toMatchObject({ radius: 40, distance_unit: 'kilometer' });
    expect(meta.payload.adset.targeting).not.toHaveProperty('genders');
    expect(sandbox.spec).toMatchObject({ landingUrl: 'https://ads.adflux.test/r/preview', targeting: { skills: ['Nursing', 'Pediatrics', 'ICU'] } });
    expect(await t.dataSource.query(`SELECT 1 FROM campaigns`)).toHaveLength(0);
  });

  it('targeting preview of a saved campaign shows, per platform, the spec with its tracking URL and key', async () => {
    const c = await create({}, [sandboxId, metaId]);
    const preview = (await recruiter.get(`/api/campaigns/${c.id}/targeting-preview`).expect(200)).body;
    expect(preview.publications.map((p: { connectionId: string }) => p.connectionId)).toEqual([metaId, sandboxId]);
    expect(preview.publications[1].spec.landingUrl).toBe(c.publications[1].trackingUrl);
    expect(preview.publications[0].spec.landingUrl).toBe(c.publications[0].trackingUrl);
    expect(preview.publications[1].spec.idempotencyKey).toMatch(/^af-[0-9a-f]{12}$/);
    expect(preview.publications[0].violations).toEqual([]);
    expect(preview.publications[1].violations).toEqual([]);
  });

  it('refuses to publish what breaks the rules: 422 listing every violation, nothing queued', async () => {
    const c = await create({ creative: { headline: 'An unusually long headline for a Meta feed ad', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW' } }, [sandboxId, metaId]);
    const body = expectProblem(await recruiter.post(`/api/campaigns/${c.id}/publish`), 422, 'creative.headline');
    expect(body.detail).toMatch(/Meta "Clinic Meta": Meta allows at most 40 characters/);
    await t.dataSource.query(`UPDATE jobs SET application_url = NULL WHERE id = $1`, [jobId]);
    expectProblem(await recruiter.post(`/api/campaigns/${c.id}/publish`), 422, 'job.applicationUrl');
    await t.dataSource.query(`UPDATE jobs SET status = 'paused' WHERE id = $1`, [jobId]);
    expectProblem(await recruiter.post(`/api/campaigns/${c.id}/publish`), 409);
    const statuses = await t.dataSource.query(`SELECT DISTINCT status FROM campaign_publications`);
    expect(statuses).toEqual([{ status: 'draft' }]);
  });

  it('refuses a currency the connection does not bill in at create, and at publish when the account changed since', async () => {
    expectProblem(await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [sandboxId], { currency: 'EUR' })), 422, 'currency');
    const c = await create();
    await admin.patch(`/api/platform-connections/${sandboxId}`, { sandbox: { currency: 'EUR' } }).expect(200);
    try {
      expectProblem(await recruiter.post(`/api/campaigns/${c.id}/publish`), 422, 'currency');
    } finally {
      await admin.patch(`/api/platform-connections/${sandboxId}`, { sandbox: { currency: 'USD' } }).expect(200);
    }
  });

  it('pause/resume/archive of a draft have nothing to act on (409)', async () => {
    const c = await create();
    for (const action of ['pause', 'resume', 'archive']) expectProblem(await recruiter.post(`/api/campaigns/${c.id}/${action}`), 409);
  });

  it('suggests the segments that fit the job best first', async () => {
    const suggestions = (await recruiter.get(`/api/jobs/${jobId}/segment-suggestions`).expect(200)).body;
    expect(suggestions.map((s: { name: string }) => s.name)).toEqual(['Pediatric nurses', 'Java developers']);
    expect(suggestions[0]).toMatchObject({ segmentId: segmentIds[0], matchedSkills: ['Nursing'], size: 120, topCountries: ['US'] });
    expect(suggestions[0].score).toBeGreaterThan(suggestions[1].score);
    expect(suggestions[1]).toMatchObject({ skillsScore: 0, locationScore: 0 });
    expectProblem(await recruiter.get('/api/jobs/00000000-0000-4000-8000-000000000000/segment-suggestions'), 404);
  });

  it('viewers read but never change campaigns', async () => {
    const c = await create();
    const viewer = await loginAs(t, 'viewer');
    await viewer.get(`/api/campaigns/${c.id}`).expect(200);
    expectProblem(await viewer.post(`/api/campaigns/${c.id}/publish`), 403);
    expectProblem(await viewer.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [sandboxId])), 403);
  });
});
