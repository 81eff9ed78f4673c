import nock from 'nock';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../src/config/app-config';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(90_000);

const skill = (name: string, share: number, lift = 2) => ({ skill: name, share, overallShare: share / lift, lift });
const width = (s: string) => [...s].length;

async function seedJobAndSegment(t: TestApp): Promise<{ jobId: string; segmentId: string }> {
  const jobId = await insertOpenJob(t.dataSource, { skills: ['Nursing', 'Pediatrics'] });
  const [segmentId] = await insertActiveSegments(t.dataSource, [
    segmentProfile('Passive pediatric nurses', { size: 240, topSkills: [skill('Pediatrics', 0.8), skill('Nursing', 0.7)], seekingStatus: { active: 0.1, passive: 0.7, not_looking: 0.1, unknown: 0.1 } }),
  ]);
  return { jobId, segmentId };
}

describe('creative suggestions, offline generator (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let jobId: string;
  let segmentId: string;

  beforeAll(async () => {
    t = await createTestApp({ GEMINI_API_KEY: '' });
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    ({ jobId, segmentId } = await seedJobAndSegment(t));
  });
  afterAll(() => t.close());

  it('writes n variants per platform within each platform’s limits, for the job and the segment', async () => {
    const res = await recruiter.post('/api/creatives/suggestions', { jobId, segmentIds: [segmentId], platforms: ['meta', 'google'], count: 2 }).expect(200);
    expect(res.body).toMatchObject({ origin: 'offline', model: null, language: 'en' });
    const [meta, google] = res.body.platforms;
    expect(meta).toMatchObject({ platform: 'meta', label: 'Meta', limits: { headline: { maxLength: 40, maxCount: 1 }, primaryText: { maxLength: 125, maxCount: 1 }, description: { maxLength: 30, maxCount: 1 } } });
    expect(google).toMatchObject({ platform: 'google', limits: { headline: { maxLength: 30, maxCount: 15 }, primaryText: null, description: { maxLength: 90, maxCount: 4 }, counting: 'double-width' } });
    for (const platform of [meta, google]) {
      expect(platform.variants).toHaveLength(2);
      for (const v of platform.variants) {
        v.headlines.forEach((h: string) => expect(width(h)).toBeLessThanOrEqual(platform.limits.headline.maxLength));
        v.descriptions.forEach((d: string) => expect(width(d)).toBeLessThanOrEqual(platform.limits.description.maxLength));
        expect(v.findings).toEqual([]);
      }
    }
    // Written for a mostly passive audience with pediatric skills, with the job's pay.
    expect(meta.variants[0].primaryText).toMatch(/^Open to the right opportunity\? St\. Mary Clinic is hiring a Registered Nurse\./);
    expect(meta.variants[0].primaryText).toContain('Pediatrics');
    expect(google.variants[0].headlines.length).toBeGreaterThanOrEqual(8);
    expect(google.variants[0].descriptions.join(' ')).toContain('$65,000–$85,000');
    // Quoted in the report.
    console.log(JSON.stringify({ meta: meta.variants[0], google: google.variants[0] }));
  });

  it('refuses what it cannot do with a problem naming the field', async () => {
    expectProblem(await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['meta'], language: 'de' }), 422, 'language');
    expectProblem(await recruiter.post('/api/creatives/suggestions', { jobId: '00000000-0000-4000-8000-000000000000', platforms: ['meta'] }), 422, 'jobId');
    expectProblem(await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['tiktok'] }), 400, 'platforms');
    expectProblem(await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['meta'], count: 9 }), 400, 'count');
    expectProblem(await recruiter.post('/api/creatives/suggestions', { jobId, platforms: ['meta'], segmentIds: ['00000000-0000-4000-8000-000000000000'] }), 422, 'segmentIds');
  });

  it('checks wording: phrases with positions, severities, suggestions and sources', async () => {
    const text = 'We want a young, competitive salesman. Native English speaker, under 35.';
    const res = await recruiter.post('/api/creatives/wording-check', { texts: [{ field: 'description', text }] }).expect(200);
    expect(res.body.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toEqual([
      'age-young:warn', 'gender-coded-compet:warn', 'gender-titles:warn', 'nationality-native-speaker:warn', 'age-limit:block',
    ]);
    const young = res.body.findings[0];
    expect(text.slice(young.start, young.end)).toBe('young');
    expect(res.body.balance).toEqual({ masculine: 1, feminine: 0 });
    expectProblem(await recruiter.post('/api/creatives/wording-check', { texts: [] }), 400, 'texts');
  });

  it('stores the chosen variant’s origin on the campaign creative (manual when not given)', async () => {
    const sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    const body = campaignBody(jobId, [segmentId], [sandboxId]);
    const created = await recruiter.post('/api/campaigns', { ...body, creative: { ...(body.creative as object), origin: 'offline' } }).expect(201);
    expect(created.body.creative.origin).toBe('offline');
    const edited = await recruiter.patch(`/api/campaigns/${created.body.id}`, { creative: { ...(body.creative as object), headline: 'Typed by hand' } }).expect(200);
    expect(edited.body.creative.origin).toBe('manual');
    expectProblem(await recruiter.post('/api/campaigns', { ...body, creative: { ...(body.creative as object), origin: 'robot' } }), 400, 'creative.origin');
  });
});

describe('creative suggestions with Gemini, against nock (integration)', () => {
  const BASE = 'http://gemini.test';
  const PATH = '/v1beta/models/gemini-test-model:generateContent';
  let t: TestApp;
  let recruiter: Session;
  let jobId: string;
  let segmentId: string;
  const bodies: any[] = [];

  const answer = (json: unknown, finishReason = 'STOP', text = JSON.stringify(json)) => ({
    candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason, index: 0 }],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 100, totalTokenCount: 110 },
  });
  const gemini = () => nock(BASE).matchHeader('x-goog-api-key', 'test-gemini-key').post(PATH, (body) => (bodies.push(body), true));
  const metaVariant = {
    headlines: ['Pediatric Nurse at St. Mary Clinic in Austin, Texas'],
    primaryText: 'Open to a change? Bring your pediatrics skills to St. Mary Clinic: flexible shifts, full benefits, $65k–$85k. 🚑',
    descriptions: ['Flexible shifts, full benefits'], callToAction: 'APPLY_NOW',
  };
  const suggest = () => recruiter.post('/api/creatives/suggestions', { jobId, segmentIds: [segmentId], platforms: ['meta'], tone: 'friendly', count: 1 });

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({ GEMINI_API_KEY: 'test-gemini-key', GEMINI_BASE_URL: BASE, GEMINI_MODEL: 'gemini-test-model', GEMINI_RETRY_DELAY_MS: '1' });
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    ({ jobId, segmentId } = await seedJobAndSegment(t));
  });
  beforeEach(() => {
    bodies.length = 0;
    nock.cleanAll();
  });
  afterAll(async () => {
    await t.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('asks for JSON with a schema and the platform’s limits, then validates and trims every item', async () => {
    gemini().reply(200, answer({ variants: [metaVariant, { headlines: [], descriptions: [], callToAction: 'APPLY_NOW' }] }));
    const res = await suggest().expect(200);
    expect(nock.isDone()).toBe(true);
    expect(res.body).toMatchObject({ origin: 'ai', model: 'gemini-test-model' });
    const [variant] = res.body.platforms[0].variants;
    expect(res.body.platforms[0].variants).toHaveLength(1);
    // Trimmed to Meta's 40/125 at word boundaries; the emoji removed.
    expect(variant.headlines).toEqual(['Pediatric Nurse at St. Mary Clinic in']);
    expect(width(variant.primaryText)).toBeLessThanOrEqual(125);
    expect(variant.primaryText).not.toMatch(/🚑/);
    const request = bodies[0];
    expect(request.generationConfig).toMatchObject({ responseMimeType: 'application/json', responseSchema: { type: 'object' } });
    const prompt: string = request.contents[0].parts[0].text;
    expect(prompt).toContain('each at most 40 characters');
    expect(prompt).toContain('primaryText: at most 125 characters');
    expect(prompt).toContain('"Passive pediatric nurses"');
    expect(prompt).toContain('open to offers but not actively looking');
    expect(prompt).toContain('Pay: $65,000–$85,000 a year.');
    console.log(JSON.stringify({ gemini: variant }));
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    gemini().reply(429, { error: { code: 429, message: 'Resource exhausted', status: 'RESOURCE_EXHAUSTED' } });
    gemini().reply(200, answer({ variants: [metaVariant] }));
    await suggest().expect(200);
    expect(nock.isDone()).toBe(true);
    expect(bodies).toHaveLength(2);
  });

  it('answers 503 with Retry-After when every attempt gets a 5xx', async () => {
    gemini().times(3).reply(500, { error: { code: 500, message: 'Internal', status: 'INTERNAL' } });
    const res = await suggest();
    expectProblem(res, 503);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.body.detail).toMatch(/Gemini is unavailable \(HTTP 500\)/);
    expect(nock.isDone()).toBe(true);
  });

  it.each([
    ['MAX_TOKENS', /cut short \(finishReason MAX_TOKENS\)/],
    ['SAFETY', /cut short \(finishReason SAFETY\)/],
  ])('answers 502 when every answer ends with finishReason %s', async (reason, detail) => {
    gemini().times(3).reply(200, answer({ variants: [metaVariant] }, reason));
    const res = await suggest();
    expectProblem(res, 502);
    expect(res.body.detail).toMatch(detail);
    expect(nock.isDone()).toBe(true);
  });

  it('answers 502 when the answer is not JSON, or has no usable variant, every time', async () => {
    gemini().times(3).reply(200, answer(null, 'STOP', '{"variants": [ {"headlines": ["cut'));
    const res = await suggest();
    expectProblem(res, 502);
    expect(res.body.detail).toMatch(/not valid JSON/);
    gemini().times(3).reply(200, answer({ variants: [{ headlines: [''], descriptions: [], callToAction: 'APPLY_NOW' }] }));
    expect((await suggest()).status).toBe(502);
    expect(nock.isDone()).toBe(true);
  });

  it('answers 502 at once when Gemini refuses the key (no retries), without the key in the answer', async () => {
    gemini().reply(403, { error: { code: 403, message: 'API key not valid', status: 'PERMISSION_DENIED' } });
    const res = await suggest();
    expectProblem(res, 502);
    expect(res.body.detail).toMatch(/HTTP 403.*check the API key and the model \("gemini-test-model"\)/);
    expect(JSON.stringify(res.body)).not.toContain('test-gemini-key');
    expect(nock.isDone()).toBe(true);
  });
});
