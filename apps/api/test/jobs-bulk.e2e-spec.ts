import { validateGeneratedJob } from '../src/data-generation/validate-generated-job';
import { JOB_COLUMNS } from '../src/jobs/job-rows';
import { JobsService } from '../src/jobs/jobs.service';
import { createTestApp, loginAs, resetState, TestApp } from './harness';
import { jobBody } from './jobs-fixtures';

/** Columns that legitimately differ between two jobs made from the same input. */
const PER_ROW = new Set(['id', 'created_at', 'updated_at', 'external_ref', 'created_by']);

describe('bulk job creation (JobsService.createMany, integration)', () => {
  let t: TestApp;
  let jobs: JobsService;

  beforeAll(async () => {
    t = await createTestApp();
    jobs = t.app.get(JobsService);
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  it('maps every column of the jobs table, read from the entity', async () => {
    const table: { column_name: string }[] = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'jobs'`);
    expect(JOB_COLUMNS.map((c) => c.column).sort()).toEqual(table.map((c) => c.column_name).sort());
  });

  it('stores a bulk job exactly as POST /api/jobs stores the same input, column by column', async () => {
    const recruiter = await loginAs(t, 'recruiter');
    const viaApi = (await recruiter.post('/api/jobs', jobBody()).expect(201)).body;
    const { job } = validateGeneratedJob(jobBody());
    const [bulkId] = await jobs.createMany([{ job: job!, status: 'draft', externalRef: 'bulk:1' }]);
    const rows: Array<Record<string, unknown>> = await t.dataSource.query(`SELECT to_jsonb(j) AS row FROM jobs j WHERE id = ANY($1) ORDER BY (id = $2)`, [[viaApi.id, bulkId], bulkId]).then((r) => r.map((x: { row: object }) => x.row));
    expect(rows).toHaveLength(2);
    const comparable = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([column]) => !PER_ROW.has(column)));
    expect(Object.keys(rows[0]).length).toBe(JOB_COLUMNS.length);
    expect(comparable(rows[1])).toEqual(comparable(rows[0]));
    expect(rows[1].external_ref).toBe('bulk:1');
    // The jobs API reads it like any other job.
    expect((await recruiter.get(`/api/jobs/${bulkId}`).expect(200)).body).toMatchObject({ title: viaApi.title, skills: viaApi.skills, salary: viaApi.salary });
  });

  it('opens jobs with their creation time, applies the same rules, and skips refs it created before', async () => {
    const { job } = validateGeneratedJob(jobBody({ closingDate: null }));
    const createdAt = new Date('2026-01-15T10:00:00.000Z');
    const first = await jobs.createMany([{ job: job!, status: 'open', createdAt, externalRef: 'bulk:a' }]);
    expect(first).toHaveLength(1);
    const [row] = await t.dataSource.query(`SELECT status, opened_at, created_at, updated_at FROM jobs WHERE id = $1`, [first[0]]);
    expect(row).toEqual({ status: 'open', opened_at: createdAt, created_at: createdAt, updated_at: createdAt });
    expect(await jobs.createMany([{ job: job!, status: 'open', createdAt, externalRef: 'bulk:a' }])).toEqual([]);
    await expect(jobs.createMany([{ job: { ...job!, salaryMin: 90_000, salaryMax: 10 }, status: 'draft', externalRef: 'bulk:bad' }])).rejects.toMatchObject({ response: { status: 422 } });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs`);
    expect(n).toBe(1);
  });
});
