import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../src/config/app-config';
import { campaignBody, insertOpenJob } from './fixtures/campaign-fixtures';
import { insertRunWithAssignments } from './fixtures/segment-fixtures';
import { clearTables, createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(60_000);

/** Candidates living in the given places; returns their ids. */
async function insertCandidatesIn(dataSource: DataSource, places: { city: string | null; countryCode: string; count: number }[]): Promise<string[]> {
  const rows = places.flatMap((p) => Array.from({ length: p.count }, () => p));
  const inserted: { id: string }[] = await dataSource.query(
    `INSERT INTO candidates (full_name, email, city, country_code, skills, languages, marketing_consent)
     SELECT 'Person ' || n, 'person' || n || '-' || md5(random()::text) || '@example.com', city, cc, '{}', '{}', false
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(city, cc, n) RETURNING id`,
    [rows.map((r) => r.city), rows.map((r) => r.countryCode)],
  );
  return inserted.map((r) => r.id);
}

type Warning = { field: string; message: string };
const fields = (list: Warning[]) => list.map((w) => w.field).sort();

describe('campaign wizard: partial previews, audience that matches the targeting, billing currency (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let admin: Session;
  let sandboxId: string;
  let euroSandboxId: string;
  let jobId: string;
  let segmentIds: string[];

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ads.adflux.test' });
    await resetState(t.dataSource);
    [recruiter, admin] = await Promise.all([loginAs(t, 'recruiter'), loginAs(t, 'admin')]);
    sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    euroSandboxId = (await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'Euro sandbox', sandbox: { currency: 'EUR' } }).expect(201)).body.id;
  });
  beforeEach(async () => {
    await clearTables(t.dataSource, ['campaigns', 'jobs', 'candidates']);
    jobId = await insertOpenJob(t.dataSource, { title: 'Backend Engineer', city: 'Berlin', country_code: 'DE', remote: 'onsite', skills: ['TypeScript'] });
    // The pool of both segments lives mostly in India, Mexico and Brazil; only a few in Berlin.
    const first = await insertCandidatesIn(t.dataSource, [
      { city: 'Berlin', countryCode: 'DE', count: 3 }, { city: ' berlin ', countryCode: 'DE', count: 1 }, { city: 'Munich', countryCode: 'DE', count: 2 },
      { city: 'Mumbai', countryCode: 'IN', count: 8 }, { city: 'Berlin', countryCode: 'US', count: 1 },
    ]);
    const second = await insertCandidatesIn(t.dataSource, [
      { city: 'Berlin', countryCode: 'DE', count: 2 }, { city: 'Ciudad de México', countryCode: 'MX', count: 5 }, { city: null, countryCode: 'BR', count: 4 },
    ]);
    const other = await insertCandidatesIn(t.dataSource, [{ city: 'Berlin', countryCode: 'DE', count: 7 }]);
    segmentIds = (await insertRunWithAssignments(t.dataSource, [{ members: first }, { members: second }, { members: other }], true)).segmentIds;
  });
  afterAll(() => t.close());

  const preview = (body: Record<string, unknown>) => recruiter.post('/api/campaigns/preview', body);

  it('answers a half-filled form with 200, placeholders for the ad and warnings naming what is missing', async () => {
    const res = await preview({ jobId, segmentIds: [segmentIds[0]], connectionIds: [sandboxId], name: '', creative: { headline: '', primaryText: '', description: '' } }).expect(200);
    expect(fields(res.body.warnings)).toEqual(['creative.headline', 'creative.primaryText', 'currency', 'dailyBudgetMinor', 'name', 'startsAt']);
    expect(res.body.warnings.find((w: Warning) => w.field === 'creative.headline').message).toBe('Write a headline.');
    expect(res.body.publications).toHaveLength(1);
    // Nothing at all about the creative yet: still 200.
    const bare = await preview({ jobId, segmentIds: [segmentIds[0]], connectionIds: [sandboxId] }).expect(200);
    expect(fields(bare.body.warnings)).toContain('creative.headline');
  });

  it('reports a complete but invalid form as warnings naming the fields, and the currency mismatch per platform', async () => {
    const body = campaignBody(jobId, [segmentIds[0]], [euroSandboxId], {
      totalBudgetMinor: 100, endsAt: new Date(Date.now() - 60_000).toISOString(), startsAt: new Date(Date.now() + 3600_000).toISOString(),
      creative: { headline: 'Backend Engineer', primaryText: 'Build our API.', description: '', callToAction: 'APPLY_NOW', imageUrl: 'http://img.example.com/a.png' },
    });
    const res = await preview(body).expect(200);
    expect(fields(res.body.warnings)).toEqual(['creative.imageUrl', 'endsAt', 'endsAt', 'totalBudgetMinor']);
    expect(res.body.warnings.find((w: Warning) => w.field === 'creative.imageUrl').message).toBe('must be an https URL');
    // The unfinished URL never reaches what would be sent.
    expect(JSON.stringify(res.body.publications[0].spec)).not.toContain('img.example.com');
    expect(res.body.publications[0].violations).toEqual(expect.arrayContaining([{ field: 'currency', message: 'This account bills in EUR; the campaign budget is in USD.' }]));
    // Shapes the DTO refuses are still 400s naming the field.
    expectProblem(await preview({ ...body, creative: { headline: 'x'.repeat(201) } }), 400, 'creative.headline');
    expectProblem(await preview({ ...body, creative: { callToAction: 'BUY' } }), 400, 'creative.callToAction');
  });

  it('estimates the audience with the same places the targeting sends, per publication, and keeps it on the publication', async () => {
    const berlin = await preview(campaignBody(jobId, [segmentIds[0], segmentIds[1]], [sandboxId])).expect(200);
    const sent = berlin.body.publications[0];
    expect(sent.targeting.cities).toEqual([{ name: 'Berlin', countryCode: 'DE', radiusKm: 40 }]);
    // 3 + 1 (" berlin ") in the first segment, 2 in the second; not Munich, Berlin (US), India, Mexico or Brazil, nor the third segment.
    expect(sent.audienceSize).toBe(6);
    expect(berlin.body.audienceSize).toBe(6);
    expect(berlin.body.segmentPoolSize).toBe(26);

    // Edited targeting: whole countries.
    const countries = await preview(campaignBody(jobId, [segmentIds[0], segmentIds[1]], [sandboxId], {
      targeting: [{ connectionId: sandboxId, countries: ['IN', 'BR'], cities: [], skills: [], keywords: [] }],
    })).expect(200);
    expect(countries.body.publications[0].audienceSize).toBe(12);

    // Created: the publication carries the same estimate (the sandbox delivers to it).
    const created = (await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0], segmentIds[1]], [sandboxId])).expect(201)).body;
    expect(created.publications[0].audienceSize).toBe(6);
    const saved = (await recruiter.get(`/api/campaigns/${created.id}/targeting-preview`).expect(200)).body;
    expect(saved.publications[0].audienceSize).toBe(6);
    expect(saved.segmentPoolSize).toBe(26);

    // Editing the targeting of the draft estimates again.
    const edited = (await recruiter.patch(`/api/campaigns/${created.id}`, {
      targeting: [{ connectionId: sandboxId, countries: ['MX'], cities: [], skills: [], keywords: [] }],
    }).expect(200)).body;
    expect(edited.publications[0].audienceSize).toBe(5);
  });

  it('refuses a campaign whose currency is not the one its connections bill in, at create and on edit (422 naming currency)', async () => {
    const res = await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [sandboxId, euroSandboxId], { currency: 'USD' }));
    const problem = expectProblem(res, 422, 'currency');
    expect(problem.detail).toMatch(/Sandbox "Euro sandbox" bills in EUR/);
    expect(await t.dataSource.query(`SELECT 1 FROM campaigns`)).toHaveLength(0);

    const euro = (await recruiter.post('/api/campaigns', campaignBody(jobId, [segmentIds[0]], [euroSandboxId], { currency: 'EUR' })).expect(201)).body;
    expectProblem(await recruiter.patch(`/api/campaigns/${euro.id}`, { currency: 'USD' }), 422, 'currency');
    expectProblem(await recruiter.patch(`/api/campaigns/${euro.id}`, { connectionIds: [sandboxId] }), 422, 'currency');
    await recruiter.patch(`/api/campaigns/${euro.id}`, { currency: 'USD', connectionIds: [sandboxId] }).expect(200);
  });
});
