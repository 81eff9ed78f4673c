import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import { CANDIDATE_UPSERTED } from '../src/candidates/candidate-events';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

// Work goes through Redis and a Bull worker; on a busy machine that takes more than jest's default 5 s.
jest.setTimeout(60_000);

const HEADER = 'full_name,email,phone,city,region,country_code,years_experience,education_level,skills,primary_skill,desired_salary,desired_salary_currency,desired_position,seeking_status,preferred_employment_type,languages,availability,source,marketing_consent';
const GOOD = [
  HEADER,
  'Ana Gómez,Ana@Example.com,+57 300 123 4567,Medellín,Antioquia,CO,6,bachelor,Java;Spring;SQL,Java,90000000,COP,Backend Engineer,active,full_time,es;en,two_weeks,referral,yes',
  '"Müller, Jonas",jonas@example.com,,Berlin,Berlin,de,12,master,"Python|Pandas",,85000,eur,"Data ""ML"" Lead",passive,full_time,de,one_month,,no',
  'Li Wei,li.wei@example.com,,,,,,,,,,,,,,,,,',
].join('\n');

async function upload(t: TestApp, s: Session, content: string | Buffer, name = 'candidates.csv'): Promise<request.Response> {
  return request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).attach('file', Buffer.from(content), name);
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

async function importFile(t: TestApp, s: Session, content: string | Buffer): Promise<Record<string, any>> {
  const res = await upload(t, s, content);
  expect(res.status).toBe(202);
  expect(res.body.status).toBe('queued');
  return waitForImport(s, res.body.id);
}

const countCandidates = async (t: TestApp) => (await t.dataSource.query('SELECT count(*)::int AS n FROM candidates'))[0].n as number;

describe('candidate CSV import (integration)', () => {
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

  it('imports a good file through the queue: fields normalized, counts, progress and events', async () => {
    const events = t.app.get(EventEmitter2);
    const seen: string[][] = [];
    const listener = (e: { candidateIds: string[] }) => seen.push(e.candidateIds);
    events.on(CANDIDATE_UPSERTED, listener);
    const done = await importFile(t, recruiter, GOOD);
    events.off(CANDIDATE_UPSERTED, listener);
    expect(done).toMatchObject({
      status: 'completed', fileName: 'candidates.csv', error: null, rejectedCsvUrl: null, errors: [],
      progress: { rowsProcessed: 3, totalRows: 3, percent: 100 }, counts: { created: 3, updated: 0, unchanged: 0, rejected: 0, warned: 0 },
    });
    expect(seen.flat()).toHaveLength(3);
    const list = await recruiter.get('/api/candidates?sort=fullName').expect(200);
    expect(list.body.items.map((c: { email: string }) => c.email)).toEqual(['ana@example.com', 'li.wei@example.com', 'jonas@example.com']);
    const jonas = list.body.items[2];
    expect(jonas).toMatchObject({
      fullName: 'Müller, Jonas', location: { city: 'Berlin', region: 'Berlin', countryCode: 'DE' }, yearsExperience: 12, educationLevel: 'master',
      skills: ['python', 'pandas'], primarySkill: 'python', desiredSalary: 85000, desiredSalaryCurrency: 'EUR', desiredPosition: 'Data "ML" Lead',
      seekingStatus: 'passive', languages: ['de'], availability: 'one_month', source: null, marketingConsent: false, marketingConsentAt: null, phone: null,
    });
    expect(list.body.items[0]).toMatchObject({ marketingConsent: true, skills: ['java', 'spring', 'sql'], primarySkill: 'java', desiredSalary: 90000000 });
    expect(list.body.items[0].marketingConsentAt).not.toBeNull();
    const listed = await recruiter.get('/api/candidates/imports').expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([done.id]);
    const [{ action }] = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [done.id]);
    expect(action).toBe('candidate_import.created');
  });

  it('accepts semicolons, CRLF, a BOM, a different column order and aliases', async () => {
    const text = '\ufeffEmail;Name;Country;Skills\r\nzoe@example.com;Zoë Ortiz;es;"Nursing,ICU"\r\n';
    const done = await importFile(t, recruiter, text);
    expect(done.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, warned: 0 });
    const { body } = await recruiter.get('/api/candidates').expect(200);
    expect(body.items[0]).toMatchObject({ fullName: 'Zoë Ortiz', email: 'zoe@example.com', location: { countryCode: 'ES' }, skills: ['nursing', 'icu'] });
  });

  it('keeps going past bad rows: required problems reject the row, optional ones keep it with a warning; the rejected rows download as CSV', async () => {
    const text = [
      HEADER,
      'Good One,good1@example.com,,,,ES,3,,,,,,,active,,,,,',
      'Bad Country,badcountry@example.com,,,,XX,3,,,,,,,,,,,,',
      'Bad Enum,badenum@example.com,,,,,,phd,,,,,,maybe,,,,,',
      `${'L'.repeat(201)},long@example.com,,,,,,,,,,,,,,,,,`,
      ',noname@example.com,,,,,,,,,,,,,,,,,',
      'Too Few,few@example.com',
      '"Broken "quote,broken@example.com,,,,,,,,,,,,,,,,,',
      'No Currency,nocur@example.com,,,,,,,,,5000,,,,,,,,',
      'Dup Later,GOOD1@example.com,,,,,,,,,,,,,,,,,',
      'Good Two,good2@example.com,,,,,,,,,,,,,,,,,maybe',
      'Good Three,good3@example.com,,,,,70,doctorate,,,,,,not_looking,internship,xx,,,',
    ].join('\n');
    const done = await importFile(t, recruiter, text);
    expect(done.status).toBe('completed');
    expect(done.counts).toEqual({ created: 6, updated: 0, unchanged: 0, rejected: 5, warned: 4 });
    expect(done.progress).toEqual({ rowsProcessed: 11, totalRows: 11, percent: 100 });
    expect(done.errors).toEqual([
      { row: 5, field: 'full_name', message: 'must be at most 200 characters' },
      { row: 6, field: 'full_name', message: 'is required' },
      { row: 7, field: '(row)', message: 'has 2 values but the header has 19 columns' },
      { row: 8, field: '(row)', message: expect.stringContaining('closing quote') },
      { row: 10, field: 'email', message: 'appears earlier in this file (line 2)' },
    ]);
    expect(done.warnings).toEqual([
      { row: 3, field: 'country_code', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US"); imported without country_code' },
      { row: 4, field: 'seeking_status', message: 'must be one of: active, passive, not_looking; imported without seeking_status' },
      { row: 11, field: 'marketing_consent', message: 'must be true or false; imported without marketing_consent' },
      { row: 12, field: 'languages', message: expect.stringContaining('ISO 639-1') },
    ]);
    expect(await countCandidates(t)).toBe(6);
    const stored = await t.dataSource.query(
      `SELECT email, country_code, education_level, seeking_status, desired_salary::int AS salary, desired_salary_currency AS currency, languages
         FROM candidates WHERE email IN ('badcountry@example.com', 'badenum@example.com', 'nocur@example.com', 'good3@example.com') ORDER BY email`,
    );
    expect(stored).toEqual([
      { email: 'badcountry@example.com', country_code: null, education_level: null, seeking_status: null, salary: null, currency: null, languages: [] },
      // "phd" is a synonym of doctorate; the unknown seeking status is left out.
      { email: 'badenum@example.com', country_code: null, education_level: 'doctorate', seeking_status: null, salary: null, currency: null, languages: [] },
      { email: 'good3@example.com', country_code: null, education_level: 'doctorate', seeking_status: 'not_looking', salary: null, currency: null, languages: [] },
      // A salary without a currency gets the configured default (REPORTING_CURRENCY unless IMPORT_DEFAULT_SALARY_CURRENCY says otherwise).
      { email: 'nocur@example.com', country_code: null, education_level: null, seeking_status: null, salary: 5000, currency: 'USD', languages: [] },
    ]);

    const csv = await recruiter.get(done.rejectedCsvUrl).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="candidates-rejected.csv"/);
    const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`${HEADER},_row,_errors`);
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe(',noname@example.com,,,,,,,,,,,,,,,,,,6,full_name: is required');

    // Fixing a row in the downloaded file and uploading it again works: _ columns are ignored.
    const fixed = [lines[0], lines[2].replace(',noname@', 'Now Named,noname@')].join('\n');
    const again = await importFile(t, recruiter, fixed);
    expect(again.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, warned: 0 });
  });

  it('erasing a candidate also deletes their rejected import rows and warnings', async () => {
    await recruiter.post('/api/candidates', { fullName: 'Erase Me', email: 'erase@example.com' }).expect(201);
    const done = await importFile(t, recruiter, `${HEADER}\nErase Me,erase@example.com,,,,XX,,,,,,,,,,,,,\n${'L'.repeat(201)},erase@example.com,,,,,,,,,,,,,,,,,`);
    expect(done.counts).toMatchObject({ rejected: 1, warned: 1 });
    const { body } = await recruiter.get('/api/candidates').expect(200);
    await recruiter.delete(`/api/candidates/${body.items[0].id}`).expect(204);
    const rows = await t.dataSource.query('SELECT raw FROM candidate_import_rejections');
    expect(rows).toEqual([]);
  });

  it('re-running the same file changes nothing; a changed row is an update; absent columns are kept', async () => {
    const first = await importFile(t, recruiter, GOOD);
    expect(first.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0, warned: 0 });
    const before = await t.dataSource.query('SELECT id, updated_at, marketing_consent_at FROM candidates ORDER BY email');

    const second = await importFile(t, recruiter, GOOD);
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0, warned: 0 });
    expect(await t.dataSource.query('SELECT id, updated_at, marketing_consent_at FROM candidates ORDER BY email')).toEqual(before);

    const third = await importFile(t, recruiter, 'email,full_name,years_experience\nana@example.com,Ana Gómez,7\njonas@example.com,"Müller, Jonas",12\n');
    expect(third.counts).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0, warned: 0 });
    const ana = (await recruiter.get('/api/candidates?q=ana%40example').expect(200)).body.items[0];
    expect(ana).toMatchObject({ yearsExperience: 7, location: { countryCode: 'CO' }, skills: ['java', 'spring', 'sql'], marketingConsent: true });
  });

  it.each([
    ['an unknown column', `${HEADER},shoe_size\nA,a@example.com${',x'.repeat(19)}`, /Unknown column.*"shoe_size"/],
    ['no email column', 'full_name,phone\nA,123', /no email column/],
    ['a repeated column', 'email,full_name,Email\na@example.com,A,b@example.com', /appears twice/],
    ['no header at all', 'a@example.com,Ana\nb@example.com,Bo', /must be a header naming the columns/],
    ['an empty file', '', /empty/],
    ['binary data (a zip/xlsx)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0x21, 0]), /binary data.*spreadsheet/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary data/],
    ['UTF-16 text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email,full_name\n', 'utf16le')]), /UTF-16/],
    ['Latin-1 text', Buffer.from('email,full_name\njose@example.com,Jos\xe9\n', 'latin1'), /not UTF-8.*line 2/],
  ])('refuses %s at upload with 422 naming the file; nothing is written', async (_, content, message) => {
    const res = await upload(t, recruiter, content);
    const problem = expectProblem(res, 422, 'file');
    expect(problem.detail).toMatch(message);
    expect(await t.dataSource.query('SELECT id FROM candidate_imports')).toEqual([]);
    expect(await countCandidates(t)).toBe(0);
  });

  it('fails the whole import with one message when bad encoding appears deep in the file; nothing is written', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},p${i}@example.com`);
    rows.push('Jos\xe9 Late,late@example.com');
    const res = await upload(t, recruiter, Buffer.from(`email_address,full_name\n${rows.map((r) => r.split(',').reverse().join(',')).join('\n')}\n`, 'latin1'));
    expect(res.status).toBe(202);
    const done = await waitForImport(recruiter, res.body.id);
    expect(done).toMatchObject({ status: 'failed', counts: { created: 0, rejected: 0 } });
    expect(done.error).toMatch(/not UTF-8 text \(the first invalid character is on line 3002\)/);
    expect(await countCandidates(t)).toBe(0);
  });

  it('asks for the file when the upload has none, and names an unknown form field', async () => {
    const post = () => request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf);
    expectProblem(await post().field('defaultSalaryCurrency', 'EUR'), 400, 'file');
    expectProblem(await post().field('note', 'x'), 400, 'note');
  });

  it('answers 413 problem+json above the configured size limit', async () => {
    const small = await createTestApp({ CANDIDATE_IMPORT_MAX_BYTES: '2048' });
    try {
      const s = await loginAs(small, 'recruiter');
      const big = `${HEADER}\n${'Ana,a@example.com,,,,,,,,,,,,,,,,,\n'.repeat(100)}`;
      expectProblem(await upload(small, s, big), 413);
      expect(await small.dataSource.query('SELECT id FROM candidate_imports')).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('lets viewers read imports but not upload', async () => {
    const done = await importFile(t, recruiter, GOOD);
    const viewer = await loginAs(t, 'viewer');
    await viewer.get(`/api/candidates/imports/${done.id}`).expect(200);
    expectProblem(await upload(t, viewer, GOOD), 403);
    expectProblem(await viewer.get('/api/candidates/imports/00000000-0000-4000-8000-000000000000'), 404);
  });
});
