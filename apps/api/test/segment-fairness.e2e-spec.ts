import { PoolClient } from 'pg';
import request from 'supertest';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { CandidateDemographicsWriter } from '../src/candidates';
import { appConfig } from '../src/config/app-config';
import { withPgClient } from '../src/database/pg-client';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { seedPool } from './fixtures/segment-fixtures';
import { waitFor } from './fixtures/wait-for';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(120_000);

const DEMOGRAPHIC_KEYS = ['ageBand', 'gender', 'disability', 'veteran', 'demographics'];
const AGE_FLAG = 'may act as a proxy for age band';

/** Segment fairness audit (issue 13.9–11): audit-only demographics, the run's audit, overrides, radius. */
describe('segment fairness audit (integration)', () => {
  let t: TestApp;
  let admin: Session & { email: string };
  let recruiter: Session;
  let viewer: Session;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ads.adflux.test' });
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    [admin, recruiter, viewer] = await Promise.all([loginAs(t, 'admin'), loginAs(t, 'recruiter'), loginAs(t, 'viewer')]);
  });
  afterAll(() => t.close());

  const newCandidate = async () =>
    (await recruiter.post('/api/candidates', { fullName: 'Dee Clared', email: `dee-${Date.now()}@example.com`, skills: ['Nursing'], yearsExperience: 4 }).expect(201)).body;

  describe('audit-only demographics', () => {
    it('only admins read and write them; no other candidate response carries them', async () => {
      const candidate = await newCandidate();
      const declared = { ageBand: '35-44', gender: 'woman', disability: 'prefer_not_to_say', veteran: 'no' };
      expect((await admin.put(`/api/candidate-demographics/${candidate.id}`, declared).expect(200)).body).toEqual(declared);
      expect((await admin.get(`/api/candidate-demographics/${candidate.id}`).expect(200)).body).toEqual(declared);

      for (const session of [recruiter, viewer]) {
        await session.get(`/api/candidate-demographics/${candidate.id}`).expect(403);
        await session.get(`/api/candidate-exports/${candidate.id}`).expect(403);
      }
      await recruiter.put(`/api/candidate-demographics/${candidate.id}`, declared).expect(403);
      for (const session of [admin, recruiter]) {
        const one = (await session.get(`/api/candidates/${candidate.id}`).expect(200)).body;
        const list = (await session.get('/api/candidates').expect(200)).body.items[0];
        for (const key of DEMOGRAPHIC_KEYS) {
          expect(one).not.toHaveProperty(key);
          expect(list).not.toHaveProperty(key);
        }
        expect(JSON.stringify(one)).not.toContain('35-44');
      }
      // The audit log says which fields changed, never the values.
      const [row] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'candidate.demographics_updated' AND target_id = $1`, [candidate.id]);
      expect(row.details).toEqual({ fields: ['ageBand', 'gender', 'disability', 'veteran'] });
      expect(JSON.stringify(row.details)).not.toContain('woman');
    });

    it('refuses unknown values naming the field, and unknown candidates with 404', async () => {
      const candidate = await newCandidate();
      expectProblem(await admin.put(`/api/candidate-demographics/${candidate.id}`, { ageBand: '30-39' }), 400, 'ageBand');
      expectProblem(await admin.put(`/api/candidate-demographics/${candidate.id}`, { gender: 'robot' }), 400, 'gender');
      expectProblem(await admin.put(`/api/candidate-demographics/${candidate.id}`, { religion: 'x' }), 400, 'religion');
      expectProblem(await admin.put('/api/candidate-demographics/00000000-0000-4000-8000-000000000000', { gender: 'man' }), 404);
    });

    it('are in the personal-data export and gone after erasure', async () => {
      const candidate = await newCandidate();
      await admin.put(`/api/candidate-demographics/${candidate.id}`, { ageBand: '55-64', veteran: 'yes' }).expect(200);
      const exported = (await admin.get(`/api/candidate-exports/${candidate.id}`).expect(200)).body;
      expect(exported.candidate).toMatchObject({ id: candidate.id, fullName: 'Dee Clared' });
      expect(exported.demographics).toEqual({ ageBand: '55-64', gender: null, disability: null, veteran: 'yes' });
      const [{ n: audited }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'candidate.exported' AND target_id = $1`, [candidate.id]);
      expect(audited).toBe(1);

      await admin.delete(`/api/candidates/${candidate.id}`).expect(204);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM candidate_demographics WHERE candidate_id = $1`, [candidate.id]);
      expect(n).toBe(0);
    });
  });

  it('a CSV import may carry them in optional columns; unknown values are left out with a warning', async () => {
    const csv = ['full_name,email,years_experience,age_band,gender', 'Ana,ana@example.com,3,25-34,Woman', 'Bo,bo@example.com,9,30-39,prefer not to say', 'Cy,cy@example.com,1,,'].join('\n');
    const started = await request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf).attach('file', Buffer.from(csv), 'people.csv').expect(202);
    const done = await waitFor('the import', async () => {
      const res = (await recruiter.get(`/api/candidates/imports/${started.body.id}`).expect(200)).body;
      return res.status === 'completed' || res.status === 'failed' ? res : null;
    });
    expect(done).toMatchObject({ status: 'completed', counts: { created: 3, warned: 1, rejected: 0 } });
    const rows = await t.dataSource.query(`SELECT c.email, d.age_band, d.gender FROM candidate_demographics d JOIN candidates c ON c.id = d.candidate_id ORDER BY c.email`);
    expect(rows).toEqual([{ email: 'ana@example.com', age_band: '25-34', gender: 'woman' }, { email: 'bo@example.com', age_band: null, gender: 'prefer_not_to_say' }]);
  });

  describe('the audit of a segmentation run', () => {
    it('flags segments that act as a proxy for age (planted: age follows experience) and shows it on the run and the segment', async () => {
      await seedPool(t, 1500, 3);
      const filled = await withPgClient(t.dataSource, (client: PoolClient) => new CandidateDemographicsWriter(client).fillSynthetic(11));
      expect(filled).toBeGreaterThan(1100); // ~85 % declare something

      const queued = (await recruiter.post('/api/segmentation-runs', { k: 6, seed: 7 }).expect(202)).body;
      const run = await waitFor('the run to finish', async () => {
        const r = (await recruiter.get(`/api/segmentation-runs/${queued.id}`).expect(200)).body;
        return r.status === 'succeeded' || r.status === 'failed' ? r : null;
      });
      expect(run.status).toBe('succeeded');
      expect(run.fairness).toMatchObject({ thresholds: { minGroupSize: 30, ratioThreshold: 0.8, alpha: 0.01 }, pool: { size: 1500 } });
      expect(run.fairness.pool.declared.ageBand).toBeGreaterThan(1000);
      const flagged = run.segments.filter((s: { fairnessFlags: string[] }) => s.fairnessFlags.includes(AGE_FLAG));
      expect(flagged.length).toBeGreaterThanOrEqual(1);
      expect(run.fairness.flaggedSegments).toBe(run.segments.filter((s: { fairnessFlags: string[] }) => s.fairnessFlags.length > 0).length);
      for (const s of run.segments) expect(s.fairnessFlags).not.toContain('may act as a proxy for gender');

      const segment = (await viewer.get(`/api/segments/${flagged[0].id}`).expect(200)).body;
      const age = segment.fairness.attributes.find((a: { attribute: string }) => a.attribute === 'ageBand');
      expect(age).toMatchObject({ status: 'flagged' });
      expect(age.ratio).toBeLessThan(0.8);
      expect(age.pValue).toBeLessThan(0.01);
      expect(age.groups).toHaveLength(6);
      expect(segment.fairness.flags).toContain(AGE_FLAG);
    });
  });

  describe('targeting flagged segments', () => {
    let sandboxId: string;
    let jobId: string;
    let flaggedId: string;
    let cleanId: string;

    beforeEach(async () => {
      sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
      jobId = await insertOpenJob(t.dataSource);
      [flaggedId, cleanId] = await insertActiveSegments(t.dataSource, [segmentProfile('Senior accountants'), segmentProfile('Nurses')]);
      await flag(flaggedId);
    });

    const flag = (segmentId: string) =>
      t.dataSource.query(`UPDATE segments SET fairness = $2 WHERE id = $1`, [segmentId, JSON.stringify({ segment: 0, attributes: [], flags: [AGE_FLAG] })]);
    const override = { reason: 'Senior roles are open to every age; the same ad also runs on all segments.' };
    /** Publishing runs in the background: wait for it before the next test empties the tables. */
    const published = (id: string) =>
      waitFor('publishing to finish', async () => {
        const c = (await recruiter.get(`/api/campaigns/${id}`).expect(200)).body;
        return c.publications.every((p: { status: string }) => !['queued', 'publishing'].includes(p.status)) ? c : null;
      });

    it('warns in the wizard preview, refuses to create without an admin override, and records the override', async () => {
      const preview = (await recruiter.post('/api/campaigns/preview', { jobId, segmentIds: [flaggedId, cleanId], connectionIds: [sandboxId] }).expect(200)).body;
      expect(preview.fairnessWarnings).toEqual([expect.objectContaining({ field: 'segmentIds', message: expect.stringContaining(`"Senior accountants" ${AGE_FLAG}`) })]);
      const clean = (await recruiter.post('/api/campaigns/preview', { jobId, segmentIds: [cleanId], connectionIds: [sandboxId] }).expect(200)).body;
      expect(clean.fairnessWarnings).toEqual([]);

      expectProblem(await recruiter.post('/api/campaigns', campaignBody(jobId, [flaggedId], [sandboxId])), 422, 'fairnessOverride');
      expectProblem(await recruiter.post('/api/campaigns', campaignBody(jobId, [flaggedId], [sandboxId], { fairnessOverride: override })), 403);
      expectProblem(await admin.post('/api/campaigns', campaignBody(jobId, [flaggedId], [sandboxId], { fairnessOverride: { reason: 'ok' } })), 400, 'fairnessOverride.reason');
      const created = (await admin.post('/api/campaigns', campaignBody(jobId, [flaggedId], [sandboxId], { fairnessOverride: override })).expect(201)).body;
      expect(created.fairnessOverride).toMatchObject({ reason: override.reason, segments: [{ id: flaggedId, name: 'Senior accountants', flags: [AGE_FLAG] }] });
      const [row] = await t.dataSource.query(`SELECT details, actor_label FROM audit_log WHERE action = 'campaign.fairness_overridden' AND target_id = $1`, [created.id]);
      expect(row.details).toMatchObject({ reason: override.reason });
      expect(row.actor_label).toBe(admin.email);

      // Unflagged segments need nothing.
      await recruiter.post('/api/campaigns', campaignBody(jobId, [cleanId], [sandboxId])).expect(201);
      // The override covers publishing too.
      await recruiter.post(`/api/campaigns/${created.id}/publish`).expect(202);
      expect((await published(created.id)).publications.map((p: { status: string }) => p.status)).toEqual(['active']);
    });

    it('refuses to publish a draft whose segment was flagged after it was created, until an admin overrides', async () => {
      const draft = (await recruiter.post('/api/campaigns', campaignBody(jobId, [cleanId], [sandboxId])).expect(201)).body;
      await flag(cleanId);
      const refused = expectProblem(await recruiter.post(`/api/campaigns/${draft.id}/publish`), 422, 'fairnessOverride');
      expect(refused.detail).toContain(`"Nurses" ${AGE_FLAG}`);
      expectProblem(await recruiter.post(`/api/campaigns/${draft.id}/fairness-override`, override), 403);
      expectProblem(await admin.post(`/api/campaigns/${draft.id}/fairness-override`, {}), 400, 'reason');
      const overridden = (await admin.post(`/api/campaigns/${draft.id}/fairness-override`, override).expect(200)).body;
      expect(overridden.fairnessOverride.segments.map((s: { id: string }) => s.id)).toEqual([cleanId]);
      await recruiter.post(`/api/campaigns/${draft.id}/publish`).expect(202);
      expect((await published(draft.id)).publications.map((p: { status: string }) => p.status)).toEqual(['active']);
    });

    it('refuses an override where nothing is flagged', async () => {
      const draft = (await recruiter.post('/api/campaigns', campaignBody(jobId, [cleanId], [sandboxId])).expect(201)).body;
      expectProblem(await admin.post(`/api/campaigns/${draft.id}/fairness-override`, override), 422, 'fairnessOverride');
    });
  });

  describe('location-radius audit', () => {
    it('warns when the targeted city reaches age bands far less evenly than its country', async () => {
      const sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
      const jobId = await insertOpenJob(t.dataSource, { city: 'Austin', country_code: 'US' });
      const [segmentId] = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses')]);
      // Austin: mostly 18-24; the rest of the US: mostly 55-64. Gender even everywhere.
      const people = [
        ...Array.from({ length: 120 }, (_, i) => ({ city: 'Austin', age: i < 100 ? '18-24' : '55-64', gender: i % 2 ? 'woman' : 'man' })),
        ...Array.from({ length: 300 }, (_, i) => ({ city: 'Dallas', age: i < 60 ? '18-24' : '55-64', gender: i % 2 ? 'woman' : 'man' })),
      ];
      const ids: Array<{ id: string }> = await t.dataSource.query(
        `INSERT INTO candidates (full_name, email, city, country_code, skills, languages, marketing_consent)
         SELECT 'P' || n, 'p' || n || '@example.com', city, 'US', '{}', '{}', false FROM unnest($1::text[]) WITH ORDINALITY AS t(city, n) RETURNING id`,
        [people.map((p) => p.city)],
      );
      await t.dataSource.query(
        `INSERT INTO candidate_demographics (candidate_id, age_band, gender) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
        [ids.map((r) => r.id), people.map((p) => p.age), people.map((p) => p.gender)],
      );
      const body = { jobId, segmentIds: [segmentId], connectionIds: [sandboxId] };
      const targeting = (city: string) => [{ connectionId: sandboxId, countries: [], cities: [{ name: city, countryCode: 'US', radiusKm: 40 }], skills: [], keywords: [] }];

      const austin = (await recruiter.post('/api/campaigns/preview', { ...body, targeting: targeting('Austin') }).expect(200)).body;
      const radius = austin.fairnessWarnings.filter((w: { field: string }) => w.field === 'targeting.cities');
      expect(radius).toHaveLength(1);
      expect(radius[0].message).toMatch(/Targeting Austin \(US, 40 km\) may act as a proxy for age band/);
      expect(radius[0].message).toMatch(/55-64 selected at/);
      // What would be sent to the platform carries none of it.
      expect(JSON.stringify(austin.publications)).not.toMatch(/ageBand|age_band|18-24|55-64|demograph/);

      // A city with the country's own mix raises nothing.
      await t.dataSource.query(`UPDATE candidates SET city = 'Austin' WHERE city = 'Dallas'`);
      const even = (await recruiter.post('/api/campaigns/preview', { ...body, targeting: targeting('Austin') }).expect(200)).body;
      expect(even.fairnessWarnings).toEqual([]);
    });
  });
});
