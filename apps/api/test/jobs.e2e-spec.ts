import request from 'supertest';
import { JobsService } from '../src/jobs/jobs.service';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { clearJobs, countRows, forceStatus, inDays, jobBody } from './jobs-fixtures';

// App start, logins (argon2 on purpose) and seeding through the API take seconds on a busy machine.
jest.setTimeout(60_000);
describe('jobs: create, read, edit, validation, access (integration)', () => {
  let t: TestApp;
  let recruiter: Session & { userId: string; email: string };
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  beforeEach(() => clearJobs(t.dataSource));
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}) => (await recruiter.post('/api/jobs', jobBody(overrides)).expect(201)).body;

  it('creates a draft with nested location and salary, normalized input and defaults; audits it', async () => {
    const job = await create({ skills: [' TypeScript', 'typescript', 'Node  JS'], countryCode: 'de', salaryCurrency: 'eur', title: '  Senior Backend Engineer  ' });
    expect(job).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'draft', title: 'Senior Backend Engineer',
      location: { city: 'Berlin', region: 'Berlin', countryCode: 'DE' },
      salary: { min: 60_000, max: 80_000, currency: 'EUR' },
      skills: ['typescript', 'node js'], benefits: ['30 days of holiday'], openings: 2,
      remote: 'hybrid', employmentType: 'full_time', experienceLevel: 'senior', educationLevel: 'bachelor',
      applicationUrl: 'https://careers.acme.example/jobs/42', closingDate: inDays(30), externalRef: null,
      openedAt: null, closedAt: null, archivedAt: null,
    });
    expect(job).not.toHaveProperty('salaryMin');
    expect(job).not.toHaveProperty('countryCode');
    await recruiter.get(`/api/jobs/${job.id}`).expect(200).expect((r) => expect(r.body).toEqual(job));
    const [row] = await t.dataSource.query(`SELECT created_by, action, actor_label FROM jobs, audit_log WHERE audit_log.target_id = jobs.id::text`);
    expect(row).toEqual({ created_by: recruiter.userId, action: 'job.created', actor_label: recruiter.email });
  });

  it('applies defaults for omitted optional fields; salary is null without one', async () => {
    const minimal = jobBody();
    for (const key of ['department', 'city', 'region', 'educationLevel', 'skills', 'salaryMin', 'salaryMax', 'salaryCurrency', 'benefits', 'openings', 'applicationUrl', 'closingDate']) delete minimal[key];
    const { body } = await recruiter.post('/api/jobs', minimal).expect(201);
    expect(body).toMatchObject({ department: null, location: { city: null, region: null, countryCode: 'DE' }, educationLevel: null, skills: [], salary: null, benefits: [], openings: 1, applicationUrl: null, closingDate: null });
  });

  it('stores salaries beyond 32 bits exactly (annual pay in IDR)', async () => {
    const job = await create({ salaryMin: 3_000_000_000, salaryMax: 4_500_000_000, salaryCurrency: 'IDR', countryCode: 'ID' });
    expect(job.salary).toEqual({ min: 3_000_000_000, max: 4_500_000_000, currency: 'IDR' });
  });

  it('answers 404 for an unknown job and 400 for a malformed id', async () => {
    expectProblem(await recruiter.get('/api/jobs/00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await recruiter.get('/api/jobs/42'), 400, 'id');
    expectProblem(await recruiter.patch('/api/jobs/00000000-0000-4000-8000-000000000000', { title: 'x' }), 404);
  });

  const BAD_CREATES: Array<[string, Record<string, unknown>, number, string]> = [
    ['unknown employment type', { employmentType: 'freelance' }, 400, 'employmentType'],
    ['unknown remote mode', { remote: 'sometimes' }, 400, 'remote'],
    ['unknown experience level', { experienceLevel: 'guru' }, 400, 'experienceLevel'],
    ['unknown education level', { educationLevel: 'phd' }, 400, 'educationLevel'],
    ['salary min > max', { salaryMin: 90_000, salaryMax: 80_000 }, 422, 'salaryMax'],
    ['salary without currency', { salaryCurrency: undefined }, 422, 'salaryCurrency'],
    ['currency without salary', { salaryMin: undefined, salaryMax: undefined }, 422, 'salaryCurrency'],
    ['unknown currency', { salaryCurrency: 'EUX' }, 400, 'salaryCurrency'],
    ['negative salary', { salaryMin: -1 }, 400, 'salaryMin'],
    ['fractional salary', { salaryMax: 80_000.5 }, 400, 'salaryMax'],
    ['salary as a string', { salaryMin: '60000' }, 400, 'salaryMin'],
    ['unknown country code', { countryCode: 'XX' }, 400, 'countryCode'],
    ['country name instead of code', { countryCode: 'Germany' }, 400, 'countryCode'],
    ['oversize title', { title: 'x'.repeat(201) }, 400, 'title'],
    ['oversize short description', { shortDescription: 'x'.repeat(151) }, 400, 'shortDescription'],
    ['oversize description', { description: 'x'.repeat(20_001) }, 400, 'description'],
    ['oversize company', { company: 'x'.repeat(201) }, 400, 'company'],
    ['oversize skill', { skills: ['x'.repeat(61)] }, 400, 'skills'],
    ['too many skills', { skills: Array.from({ length: 51 }, (_, i) => `skill ${i}`) }, 400, 'skills'],
    ['skills not a list', { skills: 'typescript' }, 400, 'skills'],
    ['blank title', { title: '   ' }, 400, 'title'],
    ['missing company', { company: undefined }, 400, 'company'],
    ['http application URL', { applicationUrl: 'http://careers.acme.example/jobs/42' }, 400, 'applicationUrl'],
    ['javascript application URL', { applicationUrl: 'javascript:alert(1)' }, 400, 'applicationUrl'],
    ['application URL without scheme', { applicationUrl: 'careers.acme.example/jobs/42' }, 400, 'applicationUrl'],
    ['closing date in the past', { closingDate: inDays(-1) }, 422, 'closingDate'],
    ['impossible closing date', { closingDate: '2031-02-30' }, 400, 'closingDate'],
    ['closing date with a time', { closingDate: '2031-02-01T00:00:00Z' }, 400, 'closingDate'],
    ['zero openings', { openings: 0 }, 400, 'openings'],
    ['null openings', { openings: null }, 400, 'openings'],
    ['status set on create', { status: 'open' }, 400, 'status'],
    ['unknown property', { salary: { min: 1 } }, 400, 'salary'],
  ];

  it.each(BAD_CREATES)('refuses %s with a problem naming the field, writing nothing', async (_, overrides, status, field) => {
    const res = await recruiter.post('/api/jobs', jobBody(overrides));
    expectProblem(res, status, field);
    expect(await countRows(t.dataSource, 'jobs')).toBe(0);
    expect(await countRows(t.dataSource, 'audit_log', `action LIKE 'job.%'`)).toBe(0);
  });

  it('refuses a duplicate external reference with 409 naming externalRef (create and edit); null is never a duplicate', async () => {
    const first = await create({ externalRef: 'GH-1001' });
    const res = await recruiter.post('/api/jobs', jobBody({ externalRef: 'GH-1001', title: 'Other' }));
    expectProblem(res, 409, 'externalRef');
    expect(await countRows(t.dataSource, 'jobs')).toBe(1);
    expect(await countRows(t.dataSource, 'audit_log', `action = 'job.created'`)).toBe(1);

    const second = await create({ externalRef: null });
    await create({ externalRef: undefined });
    expectProblem(await recruiter.patch(`/api/jobs/${second.id}`, { externalRef: 'GH-1001' }), 409, 'externalRef');
    expect((await recruiter.get(`/api/jobs/${second.id}`)).body.externalRef).toBeNull();
    expect((await recruiter.get(`/api/jobs/${first.id}`)).body.externalRef).toBe('GH-1001');
  });

  it('PATCH changes only the fields sent, null clears optional ones, and is audited with the field names', async () => {
    const job = await create({ externalRef: 'ATS-7' });
    const { body } = await recruiter.patch(`/api/jobs/${job.id}`, { title: 'Staff Engineer', department: null, city: 'Hamburg', salaryMin: null, salaryMax: null, salaryCurrency: null }).expect(200);
    expect(body).toMatchObject({ title: 'Staff Engineer', department: null, location: { city: 'Hamburg', region: 'Berlin', countryCode: 'DE' }, salary: null, externalRef: 'ATS-7', company: 'Acme GmbH', skills: ['typescript', 'postgresql'] });
    expect(new Date(body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(job.updatedAt).getTime());
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'job.updated'`);
    expect(audit.details.fields.sort()).toEqual(['city', 'department', 'salaryCurrency', 'salaryMax', 'salaryMin', 'title']);

    // Sending the current values again changes nothing and writes no audit row.
    await recruiter.patch(`/api/jobs/${job.id}`, { title: 'Staff Engineer' }).expect(200);
    expect(await countRows(t.dataSource, 'audit_log', `action = 'job.updated'`)).toBe(1);
  });

  const BAD_PATCHES: Array<[string, Record<string, unknown>, number, string]> = [
    ['null for a required field', { title: null }, 400, 'title'],
    ['salaryMin above the stored maximum', { salaryMin: 90_000 }, 422, 'salaryMin'],
    ['salaryMax below the stored minimum', { salaryMax: 50_000 }, 422, 'salaryMax'],
    ['removing the currency of a salary', { salaryCurrency: null }, 422, 'salaryCurrency'],
    ['a past closing date', { closingDate: inDays(-3) }, 422, 'closingDate'],
    ['an http URL', { applicationUrl: 'http://x.example/a' }, 400, 'applicationUrl'],
    ['an unknown enum', { employmentType: 'gig' }, 400, 'employmentType'],
    ['a bad country code', { countryCode: 'ZZ' }, 400, 'countryCode'],
    ['the status', { status: 'open' }, 400, 'status'],
  ];

  it.each(BAD_PATCHES)('PATCH refuses %s and leaves the job unchanged', async (_, patch, status, field) => {
    const job = await create();
    expectProblem(await recruiter.patch(`/api/jobs/${job.id}`, patch), status, field);
    expect((await recruiter.get(`/api/jobs/${job.id}`)).body).toEqual(job);
    expect(await countRows(t.dataSource, 'audit_log', `action = 'job.updated'`)).toBe(0);
  });

  it.each(['closed', 'filled', 'archived'])('PATCH of a %s job is a 409; draft, open and paused jobs are editable', async (status) => {
    const job = await create();
    for (const editable of ['draft', 'open', 'paused']) {
      await forceStatus(t.dataSource, job.id, editable);
      await recruiter.patch(`/api/jobs/${job.id}`, { openings: 3 }).expect(200);
    }
    await forceStatus(t.dataSource, job.id, status);
    const problem = expectProblem(await recruiter.patch(`/api/jobs/${job.id}`, { openings: 4 }), 409);
    expect(problem).toMatchObject({ jobStatus: status, detail: expect.stringContaining(status) });
    expect((await recruiter.get(`/api/jobs/${job.id}`)).body.openings).toBe(3);
  });

  it('viewers read but never write; nothing is written by a refused call', async () => {
    const job = await create();
    const viewer = await loginAs(t, 'viewer');
    await viewer.get('/api/jobs').expect(200);
    await viewer.get(`/api/jobs/${job.id}`).expect(200);
    expectProblem(await viewer.post('/api/jobs', jobBody()), 403);
    expectProblem(await viewer.patch(`/api/jobs/${job.id}`, { title: 'Hijacked' }), 403);
    expectProblem(await viewer.post(`/api/jobs/${job.id}/transitions`, { to: 'open' }), 403);
    expectProblem(await viewer.delete(`/api/jobs/${job.id}`), 403);
    expect(await countRows(t.dataSource, 'jobs')).toBe(1);
    expect((await recruiter.get(`/api/jobs/${job.id}`)).body).toEqual(job);
  });

  it('API tokens: read scope lists and reads, write scope creates (audited as the token)', async () => {
    const admin = await loginAs(t, 'admin');
    const read = (await admin.post('/api/api-tokens', { name: 'BI', scopes: ['read'] }).expect(201)).body.secret;
    const write = (await admin.post('/api/api-tokens', { name: 'ATS sync', scopes: ['read', 'write'] }).expect(201)).body.secret;
    const server = t.app.getHttpServer();
    const job = await create();
    await request(server).get('/api/jobs').set('Authorization', `Bearer ${read}`).expect(200).expect((r) => expect(r.body.items).toHaveLength(1));
    await request(server).get(`/api/jobs/${job.id}`).set('Authorization', `Bearer ${read}`).expect(200);
    expectProblem(await request(server).post('/api/jobs').set('Authorization', `Bearer ${read}`).send(jobBody()), 403);
    expect(await countRows(t.dataSource, 'jobs')).toBe(1);

    const created = await request(server).post('/api/jobs').set('Authorization', `Bearer ${write}`).send(jobBody({ externalRef: 'GH-9' })).expect(201);
    const [row] = await t.dataSource.query(`SELECT j.created_by, a.actor_type, a.actor_label FROM jobs j JOIN audit_log a ON a.target_id = j.id::text WHERE j.id = $1`, [created.body.id]);
    expect(row).toEqual({ created_by: null, actor_type: 'token', actor_label: 'token:ATS sync' });
  });

  it('getForAds gives campaigns the ad fields and whether the job may be advertised', async () => {
    const service = t.app.get(JobsService);
    const job = await create();
    const draft = await service.getForAds(job.id);
    expect(draft).toMatchObject({ id: job.id, status: 'draft', advertisable: false, title: job.title, shortDescription: job.shortDescription, location: job.location, salary: job.salary, applicationUrl: job.applicationUrl });
    expect(draft).not.toHaveProperty('description');
    await recruiter.post(`/api/jobs/${job.id}/transitions`, { to: 'open' }).expect(200);
    expect((await service.getForAds(job.id)).advertisable).toBe(true);
    await t.dataSource.query(`UPDATE jobs SET closing_date = current_date - 1 WHERE id = $1`, [job.id]);
    expect((await service.getForAds(job.id)).advertisable).toBe(false);
    expect(await service.getById(job.id)).toMatchObject({ id: job.id, status: 'open' });
    await expect(service.getForAds('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});
