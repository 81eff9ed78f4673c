import nock from 'nock';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../src/config/app-config';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(90_000);

const STORED_KEY = 'AIzaStoredAdminKey_0123456789abcdefWXYZ';
const BASE = 'http://gemini-settings.test';

/** Pay transparency and wording enforced at publish, explained in the preview; Gemini settings for admins. */
describe('fair-hiring checks and Gemini settings (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let admin: Session;
  let viewer: Session;
  let sandboxId: string;
  let segmentIds: string[];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({ GEMINI_API_KEY: '', GEMINI_BASE_URL: BASE, GEMINI_MODEL: 'gemini-test-model', GEMINI_MODELS: 'gemini-test-model,gemini-test-pro', GEMINI_RETRY_DELAY_MS: '1' });
    await resetState(t.dataSource);
    [recruiter, admin, viewer] = await Promise.all([loginAs(t, 'recruiter'), loginAs(t, 'admin'), loginAs(t, 'viewer')]);
    sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 100 })]);
  });
  afterAll(async () => {
    await t.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const draft = async (jobId: string, creative?: Record<string, unknown>) => {
    const body = campaignBody(jobId, segmentIds, [sandboxId]);
    if (creative) body.creative = { ...(body.creative as object), ...creative };
    return (await recruiter.post('/api/campaigns', body).expect(201)).body;
  };

  describe('pay transparency', () => {
    it('refuses to publish a Colorado job without a salary range with 422 naming the rule; publishes once it has one', async () => {
      const jobId = await insertOpenJob(t.dataSource, { city: 'Denver', region: 'Colorado', salary: null });
      const campaign = await draft(jobId);
      const res = await recruiter.post(`/api/campaigns/${campaign.id}/publish`);
      const problem = expectProblem(res, 422, 'job.salary');
      expect(problem.detail).toMatch(/US-CO: Colorado, United States \(C\.R\.S\. §8-5-201\(2\)/);
      await t.dataSource.query(`UPDATE jobs SET salary_min = 60000, salary_max = 80000, salary_currency = 'USD' WHERE id = $1`, [jobId]);
      await recruiter.post(`/api/campaigns/${campaign.id}/publish`).expect(202);
    });

    it('a Texas job without a salary publishes (no state law), and the job checks say so', async () => {
      const jobId = await insertOpenJob(t.dataSource, { salary: null });
      const { body } = await recruiter.get(`/api/jobs/${jobId}/advertising-checks`).expect(200);
      expect(body.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual(['pay-transparency:passed', 'inclusive-wording:passed']);
    });

    it('warns at the start of the wizard for a California job without a range', async () => {
      const jobId = await insertOpenJob(t.dataSource, { city: 'San Diego', region: 'California', salary: { min: 90000, max: null } });
      const { body } = await recruiter.get(`/api/jobs/${jobId}/advertising-checks`).expect(200);
      expect(body.checks[0]).toMatchObject({ id: 'pay-transparency', status: 'failed', findings: [{ field: 'job.salary', severity: 'block' }] });
      expect(body.checks[0].findings[0].message).toMatch(/^US-CA: California.*salary range/);
    });
  });

  describe('explained checks in the preview, and wording at publish', () => {
    it('lists the employment-ad rules, pay transparency and wording as checks with their status', async () => {
      const jobId = await insertOpenJob(t.dataSource);
      const res = await recruiter.post('/api/campaigns/preview', {
        jobId, segmentIds, connectionIds: [sandboxId],
        creative: { headline: 'Young nurses wanted', primaryText: 'Join our team.', callToAction: 'APPLY_NOW', origin: 'manual' },
        targeting: [{ connectionId: sandboxId, countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 0.5 }], skills: [], keywords: [] }],
      }).expect(200);
      const checks = res.body.publications[0].checks as Array<{ id: string; status: string; explanation: string; findings: Array<Record<string, unknown>> }>;
      expect(checks.map((c) => `${c.id}:${c.status}`)).toEqual([
        'employment-targeting:passed', 'location-radius:failed', 'ad-text:passed', 'landing-url:passed', 'account-currency:passed',
        'pay-transparency:passed', 'inclusive-wording:warning',
      ]);
      expect(checks[0].explanation).toMatch(/no targeting or excluding by age, gender, ZIP\/postal code/);
      expect(checks[1].findings[0]).toMatchObject({ field: 'targeting.cities[0].radiusKm', severity: 'block' });
      expect(checks[6].findings[0]).toMatchObject({ field: 'creative.headline', phrase: 'Young', start: 0, end: 5, severity: 'warn' });
    });

    it('refuses to publish an ad with an explicit age limit (hard rule), naming the phrase', async () => {
      const jobId = await insertOpenJob(t.dataSource);
      const campaign = await draft(jobId, { primaryText: 'Nurses aged 20-30 wanted. Flexible shifts.' });
      const problem = expectProblem(await recruiter.post(`/api/campaigns/${campaign.id}/publish`), 422, 'creative.primaryText');
      expect(problem.detail).toMatch(/"aged 20-30": An explicit age limit/);
    });
  });

  describe('Gemini settings (Settings → Integrations)', () => {
    it('stores the key sealed, returns only its mask, validates the model, and is admin-only', async () => {
      const empty = await admin.get('/api/settings/gemini').expect(200);
      expect(empty.body).toMatchObject({ source: 'none', environmentOverrides: false, keyStored: false, keyMask: null, model: 'gemini-test-model', models: ['gemini-test-model', 'gemini-test-pro'] });
      const saved = await admin.put('/api/settings/gemini', { apiKey: STORED_KEY, model: 'gemini-test-pro' }).expect(200);
      expect(saved.body).toMatchObject({ source: 'settings', keyStored: true, keyMask: '••••WXYZ', model: 'gemini-test-pro' });
      expect(JSON.stringify(saved.body)).not.toContain(STORED_KEY);
      const [row] = await t.dataSource.query(`SELECT api_key_ciphertext, key_id FROM gemini_settings`);
      expect(row.key_id).toBe('k1');
      expect(row.api_key_ciphertext).not.toContain('AIza');
      expectProblem(await admin.put('/api/settings/gemini', { model: 'gpt-4' }), 422, 'model');
      expectProblem(await admin.put('/api/settings/gemini', { apiKey: 'short' }), 400, 'apiKey');
      await recruiter.get('/api/settings/gemini').expect(403);
      await viewer.get('/api/settings/gemini').expect(403);
      const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'settings.gemini_updated' ORDER BY id LIMIT 1`);
      expect(audit.details).toEqual({ key: 'replaced', model: 'gemini-test-pro' });
    });

    it('the test button calls Gemini with the stored key and model; suggestions then come from Gemini', async () => {
      const path = '/v1beta/models/gemini-test-pro:generateContent';
      const ok = { candidates: [{ content: { role: 'model', parts: [{ text: '{"ok": true}' }] }, finishReason: 'STOP', index: 0 }] };
      nock(BASE).matchHeader('x-goog-api-key', STORED_KEY).post(path).reply(200, ok);
      const test = await admin.post('/api/settings/gemini/test').expect(200);
      expect(test.body).toMatchObject({ ok: true, source: 'settings', model: 'gemini-test-pro', problem: null });
      nock(BASE).post(path).reply(400, { error: { code: 400, message: 'API key not valid', status: 'INVALID_ARGUMENT' } });
      const bad = await admin.post('/api/settings/gemini/test').expect(200);
      expect(bad.body).toMatchObject({ ok: false, problem: expect.stringMatching(/HTTP 400/) });
      expect(JSON.stringify(bad.body)).not.toContain(STORED_KEY);

      const variants = { variants: [{ headlines: ['Nurse at St. Mary'], primaryText: 'Flexible shifts.', descriptions: ['Apply today'], callToAction: 'APPLY_NOW' }] };
      nock(BASE).matchHeader('x-goog-api-key', STORED_KEY).post(path).reply(200, { candidates: [{ content: { role: 'model', parts: [{ text: JSON.stringify(variants) }] }, finishReason: 'STOP', index: 0 }] });
      const jobId = await insertOpenJob(t.dataSource);
      const res = await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['meta'], count: 1 }).expect(200);
      expect(res.body).toMatchObject({ origin: 'ai', model: 'gemini-test-pro' });
      expect(nock.isDone()).toBe(true);

      const removed = await admin.put('/api/settings/gemini', { apiKey: null }).expect(200);
      expect(removed.body).toMatchObject({ source: 'none', keyStored: false, keyMask: null });
      expect((await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['meta'], count: 1 }).expect(200)).body.origin).toBe('offline');
    });
  });
});

describe('Gemini settings when GEMINI_API_KEY is set (integration)', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('the environment wins, and the page says so', async () => {
    t = await createTestApp({ GEMINI_API_KEY: 'env-gemini-key-0123456789', GEMINI_MODEL: 'gemini-env-model' });
    await resetState(t.dataSource);
    const admin = await loginAs(t, 'admin');
    await admin.put('/api/settings/gemini', { apiKey: STORED_KEY }).expect(200);
    const { body } = await admin.get('/api/settings/gemini').expect(200);
    expect(body).toMatchObject({ source: 'environment', environmentOverrides: true, keyStored: true, model: 'gemini-env-model' });
    expect(JSON.stringify(body)).not.toContain('env-gemini-key');
  });
});
