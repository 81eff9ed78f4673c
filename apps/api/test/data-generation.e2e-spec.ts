import nock from 'nock';
import { DEMO_SET, seedDemoIfEmpty } from '../src/seed/boot-seeds';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

// Work goes through Redis and a Bull worker; on a busy machine that takes more than jest's default 5 s.
jest.setTimeout(60_000);

async function waitForRun(s: Session, id: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await s.get(`/api/data-generation/${id}`).expect(200);
    if (res.body.status === 'completed' || res.body.status === 'failed') return res.body;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function generate(s: Session, body: object): Promise<Record<string, any>> {
  const res = await s.post('/api/data-generation', body).expect(202);
  expect(res.body.status).toBe('queued');
  return waitForRun(s, res.body.id);
}

describe('synthetic data generation, offline (integration)', () => {
  let t: TestApp;
  let recruiter: Session;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  it('generates jobs and candidates through the queue, deterministically by seed', async () => {
    const run = await generate(recruiter, { jobs: 25, candidates: 1200, seed: 42 });
    expect(run).toMatchObject({
      status: 'completed', generator: 'offline', seed: 42, percent: 100, dropped: 0, error: null,
      requested: { jobs: 25, candidates: 1200 }, processed: { jobs: 25, candidates: 1200 }, created: { jobs: 25, candidates: 1200 }, candidatesUpdated: 0,
    });
    const [{ n: candidates }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM candidates WHERE email LIKE '%@example.com'`);
    expect(candidates).toBe(1200);
    const jobs = await t.dataSource.query(`SELECT status, external_ref, skills FROM jobs ORDER BY external_ref`);
    expect(jobs).toHaveLength(25);
    expect(jobs.every((j: { external_ref: string }) => j.external_ref.startsWith(`synthetic:${run.id}:`))).toBe(true);
    expect(new Set(jobs.map((j: { status: string }) => j.status))).toEqual(new Set(['open', 'draft']));
    // The jobs API reads them back like any other job.
    const listed = await recruiter.get('/api/jobs?limit=100').expect(200);
    expect(listed.body.items.length).toBeGreaterThan(0);
    // Structure, not noise: nurses are in the pool and the filter finds them.
    const nurses = await recruiter.get('/api/candidates?skill=nursing&limit=200').expect(200);
    expect(nurses.body.items.length).toBeGreaterThan(30);
    expect(nurses.body.items.every((c: { skills: string[] }) => c.skills.includes('nursing'))).toBe(true);

    const before = await t.dataSource.query('SELECT email, updated_at FROM candidates ORDER BY email');
    const again = await generate(recruiter, { candidates: 1200, seed: 42 });
    expect(again).toMatchObject({ status: 'completed', created: { jobs: 0, candidates: 0 }, candidatesUpdated: 0 });
    expect(await t.dataSource.query('SELECT email, updated_at FROM candidates ORDER BY email')).toEqual(before);

    const other = await generate(recruiter, { candidates: 50, seed: 43 });
    expect(other.created.candidates).toBe(50);
  });

  it.each([
    [{}, 'candidates'],
    [{ candidates: -1 }, 'candidates'],
    [{ jobs: 10_001 }, 'jobs'],
    [{ candidates: 1.5 }, 'candidates'],
    [{ candidates: 10, seed: 0 }, 'seed'],
    [{ candidates: 10, color: 'red' }, 'color'],
  ])('refuses %j with 400 naming the field, nothing queued', async (body, field) => {
    expectProblem(await recruiter.post('/api/data-generation', body), 400, field);
    expect(await t.dataSource.query('SELECT id FROM data_generation_runs')).toEqual([]);
  });

  it('seeds the demo set (50 jobs, 5000 candidates) into an empty database, once', async () => {
    await seedDemoIfEmpty(t.dataSource);
    const counts = async () => (await t.dataSource.query('SELECT (SELECT count(*) FROM jobs)::int AS jobs, (SELECT count(*) FROM candidates)::int AS candidates'))[0];
    expect(await counts()).toEqual({ jobs: DEMO_SET.jobs, candidates: DEMO_SET.candidates });
    await seedDemoIfEmpty(t.dataSource);
    expect(await counts()).toEqual({ jobs: DEMO_SET.jobs, candidates: DEMO_SET.candidates });
    // Spread over two years, consent times only for those who consented.
    const [spread] = await t.dataSource.query(
      `SELECT max(created_at) - min(created_at) > interval '300 days' AS spread, bool_and((marketing_consent_at IS NOT NULL) = marketing_consent) AS consent FROM candidates`,
    );
    expect(spread).toEqual({ spread: true, consent: true });
    const page = await recruiter.get('/api/candidates?limit=5&country=IN').expect(200);
    expect(page.body.items).toHaveLength(5);
  });

  it('is for admins and recruiters; anyone signed in may read a run', async () => {
    const viewer = await loginAs(t, 'viewer');
    expectProblem(await viewer.post('/api/data-generation', { candidates: 5 }), 403);
    const { body } = await recruiter.post('/api/data-generation', { candidates: 5, seed: 1 }).expect(202);
    await viewer.get(`/api/data-generation/${body.id}`).expect(200);
    await waitForRun(recruiter, body.id);
    expectProblem(await viewer.get('/api/data-generation/00000000-0000-4000-8000-000000000000'), 404);
  });
});

describe('synthetic data generation with Gemini, against nock (integration)', () => {
  const BASE = 'http://gemini.test';
  const PATH = '/v1beta/models/gemini-test-model:generateContent';
  let t: TestApp;
  let recruiter: Session;
  const bodies: any[] = [];

  const answer = (items: unknown, finishReason = 'STOP', text = JSON.stringify(items)) => ({
    candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason, index: 0 }],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 100, totalTokenCount: 110 },
  });
  const gemini = () =>
    nock(BASE)
      .matchHeader('x-goog-api-key', 'test-gemini-key')
      .post(PATH, (body) => {
        bodies.push(body);
        return true;
      });
  const person = (fullName: string, extra: object = {}) => ({
    fullName, phone: '+34 612 345 678', city: 'Madrid', region: 'Madrid', yearsExperience: 7, educationLevel: 'bachelor',
    skills: ['Patient Care', 'ICU'], desiredSalary: 38000, desiredSalaryCurrency: 'EUR', desiredPosition: 'ICU Nurse',
    seekingStatus: 'passive', preferredEmploymentType: 'full_time', languages: ['es', 'en'], availability: 'one_month', ...extra,
  });
  const opening = (title: string) => ({
    title, company: 'Clínica Ficticia S.L.', department: 'Clinical', city: 'Sevilla', region: 'Andalucía',
    description: 'Cuidado de pacientes en planta.', shortDescription: `${title} en Sevilla`, remote: 'onsite', employmentType: 'full_time',
    experienceLevel: 'mid', educationLevel: 'bachelor', skills: ['Nursing', 'ICU'], salaryMin: 30000, salaryMax: 36000, salaryCurrency: 'EUR',
    benefits: ['Seguro médico'], openings: 2,
  });

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({ GEMINI_API_KEY: 'test-gemini-key', GEMINI_BASE_URL: BASE, GEMINI_MODEL: 'gemini-test-model', GEMINI_BATCH_SIZE: '3', GEMINI_RETRY_DELAY_MS: '1' });
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    bodies.length = 0;
    nock.cleanAll();
  });
  afterAll(async () => {
    await t.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('asks for JSON with a schema, validates items, drops and counts invalid ones, retries a truncated answer', async () => {
    gemini().reply(200, answer([opening('Enfermera de UCI'), { ...opening('Bad'), remote: 'moon' }]));
    gemini().reply(200, answer([person('Lucía Fernández'), person('Bad Level', { educationLevel: 'phd' }), person('Javier Ruiz')]));
    gemini().reply(200, answer(null, 'MAX_TOKENS', '[{"fullName": "Cut Off", "city": "Ma'));
    gemini().reply(200, answer([person('Carmen Díaz'), person('Too Old', { yearsExperience: 99 })]));

    const run = await generate(recruiter, { jobs: 2, candidates: 5 });
    expect(run).toMatchObject({ status: 'completed', generator: 'gemini', created: { jobs: 1, candidates: 3 }, processed: { jobs: 2, candidates: 5 }, dropped: 3 });
    expect(nock.isDone()).toBe(true);
    expect(bodies).toHaveLength(4);
    for (const body of bodies) {
      expect(body.generationConfig).toMatchObject({ responseMimeType: 'application/json', responseSchema: { type: 'array' } });
      expect(JSON.stringify(body.contents)).toMatch(/Answer with a JSON array only/);
    }
    const rows = await t.dataSource.query(`SELECT full_name, email, skills, country_code, source FROM candidates ORDER BY full_name`);
    expect(rows.map((r: { full_name: string }) => r.full_name)).toEqual(['Carmen Díaz', 'Javier Ruiz', 'Lucía Fernández']);
    for (const r of rows) {
      expect(r.email).toMatch(/@example\.com$/); // never an address the model made up
      expect(r.skills).toEqual(['patient care', 'icu']);
      expect(r.source).toBe('synthetic');
    }
    const [job] = await t.dataSource.query(`SELECT title, country_code, skills, status FROM jobs`);
    expect(job).toMatchObject({ title: 'Enfermera de UCI', skills: ['nursing', 'icu'], status: 'open' });
  });

  it('drops a batch whose answers stay truncated or fail, and still completes', async () => {
    gemini().times(2).reply(200, answer(null, 'MAX_TOKENS', '[{"fullName": "Cut'));
    gemini().reply(503, { error: { code: 503, message: 'overloaded', status: 'UNAVAILABLE' } });
    const run = await generate(recruiter, { candidates: 3 });
    expect(run).toMatchObject({ status: 'completed', created: { jobs: 0, candidates: 0 }, dropped: 3 });
    expect(nock.isDone()).toBe(true);
  });

  it('fails the run with a clear message when Gemini refuses the key', async () => {
    gemini().reply(403, { error: { code: 403, message: 'API key not valid', status: 'PERMISSION_DENIED' } });
    const run = await generate(recruiter, { candidates: 3 });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/HTTP 403.*GEMINI_API_KEY/);
    expect(nock.isDone()).toBe(true);
  });

  it('caps a Gemini run', async () => {
    expectProblem(await recruiter.post('/api/data-generation', { candidates: 5001 }), 422, 'candidates');
  });
});
