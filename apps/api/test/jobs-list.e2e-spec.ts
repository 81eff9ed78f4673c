import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { clearJobs, forceStatus, inDays, jobBody } from './jobs-fixtures';

type Row = { id: string; title: string; createdAt: string; closingDate: string | null; salary: { max: number | null } | null };

const SORTS = ['createdAt', '-createdAt', 'title', '-title', 'closingDate', '-closingDate', 'salaryMax', '-salaryMax'] as const;

/** The order the API promises: sort key (NULL closing date = infinity, NULL salary = -1), then id. */
function expectedOrder(rows: Row[], sort: (typeof SORTS)[number]): string[] {
  const key = sort.replace('-', '');
  const valueOf = (r: Row): string | number =>
    key === 'createdAt' ? r.createdAt : key === 'title' ? r.title : key === 'closingDate' ? (r.closingDate ?? '9999-99-99') : (r.salary?.max ?? -1);
  const sign = sort.startsWith('-') ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const [va, vb] = [valueOf(a), valueOf(b)];
      const byKey = va < vb ? -1 : va > vb ? 1 : 0;
      return sign * (byKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    })
    .map((r) => r.id);
}


// App start, logins (argon2 on purpose) and seeding through the API take seconds on a busy machine.
jest.setTimeout(60_000);
describe('jobs list: filters, text search, sort, keyset pagination (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown>) => (await recruiter.post('/api/jobs', jobBody(overrides)).expect(201)).body;
  const titles = async (query: string) => {
    const { body } = await recruiter.get(`/api/jobs?${query}`).expect(200);
    return body.items.map((j: { title: string }) => j.title).sort();
  };

  // Each describe seeds once; its tests only read.
  describe('filters', () => {
    beforeAll(async () => {
      await clearJobs(t.dataSource);
      const backend = await create({ title: 'Backend', company: 'Acme', countryCode: 'DE', employmentType: 'full_time', experienceLevel: 'senior', skills: ['TypeScript', 'PostgreSQL'], description: 'A team of 50 people building APIs.' });
      await create({ title: 'Frontend', company: 'Globex', countryCode: 'FR', employmentType: 'part_time', experienceLevel: 'mid', skills: ['React', 'TypeScript'], description: 'Build the web app.' });
      const analyst = await create({ title: 'Analyst', company: 'Initech', countryCode: 'US', employmentType: 'contract', experienceLevel: 'entry', skills: ['SQL'], description: 'Own our SQL dashboards.' });
      const nurse = await create({ title: 'Nurse', company: 'Care 50% Plus', countryCode: 'US', employmentType: 'full_time', experienceLevel: 'mid', skills: [], description: 'Night shifts.' });
      const old = await create({ title: 'Archived', company: 'Acme', countryCode: 'DE', employmentType: 'full_time', experienceLevel: 'senior', skills: ['TypeScript'], description: 'Gone.' });
      await forceStatus(t.dataSource, backend.id, 'open');
      await forceStatus(t.dataSource, analyst.id, 'paused');
      await forceStatus(t.dataSource, nurse.id, 'closed');
      await forceStatus(t.dataSource, old.id, 'archived');
    });

    it('lists every job but archived ones by default', async () => {
      expect(await titles('')).toEqual(['Analyst', 'Backend', 'Frontend', 'Nurse']);
    });

    it('filters by status, archived included when asked', async () => {
      expect(await titles('status=open')).toEqual(['Backend']);
      expect(await titles('status=draft')).toEqual(['Frontend']);
      expect(await titles('status=paused')).toEqual(['Analyst']);
      expect(await titles('status=closed')).toEqual(['Nurse']);
      expect(await titles('status=filled')).toEqual([]);
      expect(await titles('status=archived')).toEqual(['Archived']);
    });

    it('filters by country (case-insensitive code), employment type, experience level and skill', async () => {
      expect(await titles('country=de')).toEqual(['Backend']);
      expect(await titles('country=US')).toEqual(['Analyst', 'Nurse']);
      expect(await titles('employmentType=full_time')).toEqual(['Backend', 'Nurse']);
      expect(await titles('employmentType=internship')).toEqual([]);
      expect(await titles('experienceLevel=mid')).toEqual(['Frontend', 'Nurse']);
      expect(await titles('skill=typescript')).toEqual(['Backend', 'Frontend']);
      expect(await titles('skill=%20TypeScript')).toEqual(['Backend', 'Frontend']);
      expect(await titles('skill=type')).toEqual([]);
    });

    it('searches title, company and description case-insensitively, wildcards taken literally', async () => {
      expect(await titles('q=backend')).toEqual(['Backend']);
      expect(await titles('q=GLOBEX')).toEqual(['Frontend']);
      expect(await titles('q=sql%20dashboards')).toEqual(['Analyst']);
      expect(await titles('q=50%25')).toEqual(['Nurse']);
      expect(await titles('q=_')).toEqual([]);
      expect(await titles('q=end')).toEqual(['Backend', 'Frontend']);
    });

    it('combines filters', async () => {
      expect(await titles('country=US&employmentType=full_time')).toEqual(['Nurse']);
      expect(await titles('skill=typescript&experienceLevel=senior&q=acme')).toEqual(['Backend']);
      expect(await titles('skill=typescript&status=archived')).toEqual(['Archived']);
    });

    it.each([
      ['status=published', 'status'],
      ['country=XX', 'country'],
      ['employmentType=gig', 'employmentType'],
      ['experienceLevel=guru', 'experienceLevel'],
      ['sort=salary', 'sort'],
      ['sort=description', 'sort'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['q=%20%20', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['skill=', 'skill'],
      ['cursor=not-a-cursor', 'cursor'],
      ['remote=remote', 'remote'],
    ])('refuses ?%s with 400 naming %s', async (query, field) => {
      expectProblem(await recruiter.get(`/api/jobs?${query}`), 400, field);
    });
  });

  describe('sort and pagination', () => {
    let rows: Row[];
    beforeAll(async () => {
      await clearJobs(t.dataSource);
      // 25 jobs with ties on every sort key, NULL closing dates and salaries, and shared created_at values.
      for (let i = 0; i < 25; i++) {
        const salary = i % 5 === 0 ? { salaryMin: null, salaryMax: null, salaryCurrency: null } : { salaryMin: 10_000, salaryMax: 50_000 + (i % 3) * 10_000 };
        await create({ title: ['Baker', 'Analyst', 'Courier', 'Analyst'][i % 4], closingDate: i % 4 === 0 ? null : inDays(10 + (i % 3)), ...salary });
      }
      await t.dataSource.query(`UPDATE jobs SET created_at = '2030-01-01T00:00:00.123Z' WHERE title = 'Analyst'`);
      rows = (await recruiter.get('/api/jobs?limit=200').expect(200)).body.items;
      expect(rows).toHaveLength(25);
    });

    it.each(SORTS)('sort=%s orders by the key, ties broken by id', async (sort) => {
      const { body } = await recruiter.get(`/api/jobs?limit=200&sort=${sort}`).expect(200);
      expect(body.items.map((r: Row) => r.id)).toEqual(expectedOrder(rows, sort));
      expect(body.nextCursor).toBeNull();
    });

    it('defaults to newest first', async () => {
      const { body } = await recruiter.get('/api/jobs').expect(200);
      expect(body.items.map((r: Row) => r.id)).toEqual(expectedOrder(rows, '-createdAt'));
    });

    it.each(SORTS)('sort=%s: the cursor walks every row once, in order', async (sort) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `limit=4&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const { body } = await recruiter.get(`/api/jobs?${query}`).expect(200);
        expect(body.items.length).toBeLessThanOrEqual(4);
        seen.push(...body.items.map((r: Row) => r.id));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(7);
      expect(new Set(seen).size).toBe(25);
      expect(seen).toEqual(expectedOrder(rows, sort));
    });

    it('paginates filtered lists and refuses a cursor from another sort', async () => {
      const first = await recruiter.get('/api/jobs?limit=3&sort=title&q=analyst').expect(200);
      const second = await recruiter.get(`/api/jobs?limit=3&sort=title&q=analyst&cursor=${first.body.nextCursor}`).expect(200);
      const ids = [...first.body.items, ...second.body.items].map((r: Row) => r.id);
      expect(new Set(ids).size).toBe(6);
      expect([...first.body.items, ...second.body.items].every((r: Row) => r.title === 'Analyst')).toBe(true);
      expectProblem(await recruiter.get(`/api/jobs?limit=3&sort=-salaryMax&cursor=${first.body.nextCursor}`), 400, 'cursor');
      const forged = Buffer.from(JSON.stringify(['title', 42, 'not-a-uuid'])).toString('base64url');
      expectProblem(await recruiter.get(`/api/jobs?sort=title&cursor=${forged}`), 400, 'cursor');
    });
  });
});
