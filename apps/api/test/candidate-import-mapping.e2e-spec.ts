import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { COMMON_CURRENCIES } from '../src/config/app-config';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(60_000);

type Fields = Record<string, string>;

function post(t: TestApp, s: Session, path: string, content: string, fields: Fields = {}): request.Test {
  let req = request(t.app.getHttpServer()).post(path).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  return req.attach('file', Buffer.from(content), 'people.csv');
}

async function waitForImport(s: Session, id: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await s.get(`/api/candidates/imports/${id}`).expect(200);
    if (res.body.status === 'completed' || res.body.status === 'failed') return res.body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A spreadsheet exported from another tool: its own column names, one column AdFlux does not know. */
const FOREIGN = ['Candidate,Contact e-mail,Shoe size,Status,Degree,Salary', 'Ana Gómez,ana@example.com,38,Open to offers,PhD,50000', 'Bo Berg,bo@example.com,44,looking,Masters,'].join('\n');
const FOREIGN_MAPPING = JSON.stringify(['full_name', 'email', null, 'seeking_status', 'education_level', 'desired_salary']);

describe('candidate CSV import: template, preview and column mapping (integration)', () => {
  const uploadDir = mkdtempSync(join(tmpdir(), 'import-mapping-uploads-'));
  let t: TestApp;
  let recruiter: Session;

  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_DIR: uploadDir, IMPORT_DEFAULT_SALARY_CURRENCY: 'EUR' });
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  it('the downloadable template lists allowed values and imports as it is (its help lines are skipped)', async () => {
    const res = await recruiter.get('/api/candidates/imports/template.csv').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toContain('adflux-candidates-template.csv');
    expect(res.text).toContain('# seeking_status (optional): one of active, passive, not_looking');
    expect(res.text).toContain('# email (required)');
    const started = await post(t, recruiter, '/api/candidates/imports', res.text).expect(202);
    const done = await waitForImport(recruiter, started.body.id);
    expect(done.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, warned: 0 });
    expect(done.progress.rowsProcessed).toBe(1);
  });

  it('previews a foreign file: guesses what it can, reports what is missing, stores nothing and leaves no file', async () => {
    const res = await post(t, recruiter, '/api/candidates/imports/preview', FOREIGN).expect(200);
    expect(res.body.columns.map((c: { column: string | null }) => c.column)).toEqual([null, null, null, null, null, 'desired_salary']);
    expect(res.body.problems).toEqual([expect.stringContaining('sends no column to full_name or email')]);
    expect(res.body.defaultSalaryCurrency).toBe('EUR');
    // The currencies the SPA offers come from the API's configuration, not a copy in the SPA.
    expect(res.body.commonCurrencies).toEqual([...COMMON_CURRENCIES]);
    expect(res.body.knownColumns).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'seeking_status', allowedValues: ['active', 'passive', 'not_looking'] })]));
    expect(await t.dataSource.query('SELECT id FROM candidate_imports')).toEqual([]);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('a preview with the corrected mapping shows each row as it would be imported', async () => {
    const res = await post(t, recruiter, '/api/candidates/imports/preview', FOREIGN, { mapping: FOREIGN_MAPPING, defaultSalaryCurrency: 'gbp' }).expect(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.defaultSalaryCurrency).toBe('GBP');
    expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['imported', 'imported']);
  });

  it('imports through the mapping: synonyms folded, unknown column ignored, the chosen default currency applied', async () => {
    const started = await post(t, recruiter, '/api/candidates/imports', FOREIGN, { mapping: FOREIGN_MAPPING, defaultSalaryCurrency: 'GBP' }).expect(202);
    const done = await waitForImport(recruiter, started.body.id);
    expect(done.counts).toMatchObject({ created: 2, rejected: 0, warned: 0 });
    const rows = await t.dataSource.query('SELECT email, seeking_status, education_level, desired_salary::int AS salary, desired_salary_currency AS currency FROM candidates ORDER BY email');
    expect(rows).toEqual([
      { email: 'ana@example.com', seeking_status: 'passive', education_level: 'doctorate', salary: 50000, currency: 'GBP' },
      { email: 'bo@example.com', seeking_status: 'active', education_level: 'master', salary: null, currency: null },
    ]);
  });

  it('without a mapping the same file is refused as before (unknown columns), naming the file', async () => {
    const res = await post(t, recruiter, '/api/candidates/imports', FOREIGN);
    expect(expectProblem(res, 422, 'file').detail).toMatch(/Unknown columns/);
  });

  it.each([
    ['not JSON', '{full_name', 400, /JSON array/],
    ['an unknown column name', JSON.stringify(['full_name', 'email', 'shoe_size', null, null, null]), 400, /entry 3 must be a column name/],
    ['a wrong number of entries', JSON.stringify(['full_name', 'email']), 422, /has 2 entries but the file has 6 columns/],
    ['no email', JSON.stringify(['full_name', null, null, null, null, null]), 422, /no column to email/],
    ['two columns to one field', JSON.stringify(['full_name', 'email', 'email', null, null, null]), 422, /two columns to email/],
  ])('refuses a mapping with %s, naming the mapping; nothing stored, no file left', async (_, mapping, status, message) => {
    const res = await post(t, recruiter, '/api/candidates/imports', FOREIGN, { mapping });
    expectProblem(res, status, 'mapping');
    expect(JSON.stringify(res.body)).toMatch(message);
    expect(await t.dataSource.query('SELECT id FROM candidate_imports')).toEqual([]);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('refuses a default currency that is not ISO 4217 with 400 naming it, and deletes the upload', async () => {
    expectProblem(await post(t, recruiter, '/api/candidates/imports/preview', FOREIGN, { defaultSalaryCurrency: 'EURO' }), 400, 'defaultSalaryCurrency');
    expectProblem(await post(t, recruiter, '/api/candidates/imports', FOREIGN, { defaultSalaryCurrency: 'EURO' }), 400, 'defaultSalaryCurrency');
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('viewers cannot preview (it is an upload)', async () => {
    const viewer = await loginAs(t, 'viewer');
    expectProblem(await post(t, viewer, '/api/candidates/imports/preview', FOREIGN), 403);
  });
});
