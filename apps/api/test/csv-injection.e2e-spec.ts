import request from 'supertest';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';

// The import runs through Redis and a Bull worker: slower than jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

const PAYLOADS = ["-1+1+cmd|' /C calc'!A0", '-2-HYPERLINK("http://evil.test")', '=HYPERLINK("http://evil.test")', '@SUM(A1)', '+1+1'];

/**
 * OWASP CSV injection (issue 11.15) on the two kinds of CSV the product writes: table exports
 * (`?format=csv`) and the import's rejected rows. No cell may start with = + - @ tab or CR
 * unless it is a plain number.
 */
describe('CSV formula guard on every CSV the product writes (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  /** Every cell of a CSV text, parsed per RFC 4180. */
  function cells(csv: string): string[] {
    const out: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
    for (let m = re.exec(csv); m && m[0] !== ''; m = re.exec(csv)) {
      out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    }
    return out;
  }
  const dangerous = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

  it("the import's rejected rows are neutralised, cell by cell", async () => {
    const header = 'full_name,email,country_code';
    // An address that is not an email rejects the row (a bad optional value alone would only be a warning).
    const rows = PAYLOADS.map((p, i) => `"${p.replace(/"/g, '""')}",bad${i}.example.com,XX`);
    const res = await request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf)
      .attach('file', Buffer.from([header, ...rows].join('\n')), 'evil.csv').expect(202);
    let done: Record<string, any> = res.body;
    for (const deadline = Date.now() + 40_000; done.status !== 'completed' && done.status !== 'failed' && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      done = (await recruiter.get(`/api/candidates/imports/${res.body.id}`).expect(200)).body;
    }
    expect(done.counts.rejected).toBe(PAYLOADS.length);
    const csv = (await recruiter.get(done.rejectedCsvUrl).expect(200)).text.replace(/^\ufeff/, '');
    const all = cells(csv);
    for (const payload of PAYLOADS) expect(all).toContain(`'${payload}`);
    expect(all.filter(dangerous)).toEqual([]);
  });

  it('table exports (?format=csv) are neutralised', async () => {
    const admin = await loginAs(t, 'admin');
    for (const name of PAYLOADS) await admin.post('/api/api-tokens', { name, scopes: ['read'] }).expect(201);
    const res = await admin.get('/api/api-tokens?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const all = cells(res.text);
    for (const payload of PAYLOADS) expect(all).toContain(`'${payload}`);
    expect(all.filter(dangerous)).toEqual([]);
  });
});
