import { EventEmitter2 } from '@nestjs/event-emitter';
import { CANDIDATE_ERASED, CANDIDATE_UPSERTED } from '../src/candidates/candidate-events';
import { insertRunWithAssignments } from './fixtures/segment-fixtures';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

const ana = {
  fullName: '  Ana María Gómez ',
  email: ' Ana.Gomez@Example.COM ',
  phone: '+57 300 123 4567',
  location: { city: 'Medellín', region: 'Antioquia', countryCode: 'co' },
  yearsExperience: 6,
  educationLevel: 'bachelor',
  skills: ['Java', 'Spring', ' java ', 'SQL'],
  desiredSalary: 90_000_000,
  desiredSalaryCurrency: 'cop',
  desiredPosition: 'Backend Engineer',
  seekingStatus: 'active',
  preferredEmploymentType: 'full_time',
  languages: ['ES', 'en'],
  availability: 'two_weeks',
  source: 'referral',
  marketingConsent: true,
};

async function count(t: TestApp): Promise<number> {
  const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM candidates');
  return n;
}

describe('candidates CRUD and lists (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let events: EventEmitter2;

  beforeAll(async () => {
    t = await createTestApp();
    events = t.app.get(EventEmitter2);
  });
  afterAll(() => t.close());

  describe('writes', () => {
    beforeEach(async () => {
      await resetState(t.dataSource);
      recruiter = await loginAs(t, 'recruiter');
    });

    it('creates a candidate with normalized fields, consent time and a candidate.upserted event', async () => {
      const seen: unknown[] = [];
      const listener = (e: unknown) => seen.push(e);
      events.on(CANDIDATE_UPSERTED, listener);
      const res = await recruiter.post('/api/candidates', ana).expect(201);
      events.off(CANDIDATE_UPSERTED, listener);
      expect(res.body).toMatchObject({
        fullName: 'Ana María Gómez', email: 'ana.gomez@example.com', location: { city: 'Medellín', region: 'Antioquia', countryCode: 'CO' },
        skills: ['java', 'spring', 'sql'], primarySkill: 'java', desiredSalary: 90_000_000, desiredSalaryCurrency: 'COP',
        languages: ['es', 'en'], marketingConsent: true, segmentId: null, segmentDistance: null,
      });
      expect(Date.parse(res.body.marketingConsentAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(seen).toEqual([{ candidateIds: [res.body.id] }]);
      await recruiter.get(`/api/candidates/${res.body.id}`).expect(200).expect((r) => expect(r.body).toEqual(res.body));
    });

    it('lists each candidate exactly as a single read shows them, written by PostgreSQL: escaped text, ISO timestamps, CSV alike', async () => {
      const tricky = { ...ana, fullName: 'Zoë "Zed" O\'Brien \\ Ünal', email: 'zoe@example.com', desiredPosition: 'Dev\tops </script>' };
      const created = (await recruiter.post('/api/candidates', tricky).expect(201)).body;
      const res = await recruiter.get('/api/candidates?limit=5').expect(200).expect('content-type', /^application\/json; charset=utf-8/);
      expect(res.body).toEqual({ items: [created], nextCursor: null });
      expect(created).toMatchObject({ fullName: tricky.fullName, desiredPosition: tricky.desiredPosition });
      for (const at of [created.createdAt, created.updatedAt, created.marketingConsentAt]) expect(new Date(at).toISOString()).toBe(at);
      const csv = await recruiter.get('/api/candidates?format=csv').expect(200).expect('content-type', /^text\/csv/);
      expect(csv.text).toContain('zoe@example.com');
    });

    it('adds a primary skill that is not listed; minimal candidates get empty lists and nulls', async () => {
      const res = await recruiter.post('/api/candidates', { fullName: 'Bo', email: 'bo@example.com', primarySkill: 'Forklift', skills: ['Inventory'] }).expect(201);
      expect(res.body).toMatchObject({ skills: ['forklift', 'inventory'], primarySkill: 'forklift', languages: [], marketingConsent: false, marketingConsentAt: null, location: { city: null, region: null, countryCode: null } });
    });

    it.each([
      ['an unknown enum value', { seekingStatus: 'maybe' }, 'seekingStatus'],
      ['an unknown education level', { educationLevel: 'phd' }, 'educationLevel'],
      ['a bad country code', { location: { countryCode: 'XX' } }, 'location.countryCode'],
      ['a bad currency code', { desiredSalaryCurrency: 'EUX', desiredSalary: 1 }, 'desiredSalaryCurrency'],
      ['an oversize name', { fullName: 'x'.repeat(201) }, 'fullName'],
      ['an oversize skill', { skills: ['y'.repeat(61)] }, 'skills'],
      ['too many skills', { skills: Array.from({ length: 51 }, (_, i) => `s${i}`) }, 'skills'],
      ['an unknown language', { languages: ['xx'] }, 'languages'],
      ['a bad email', { email: 'not-an-email' }, 'email'],
      ['a fractional experience', { yearsExperience: 2.5 }, 'yearsExperience'],
      ['negative experience', { yearsExperience: -1 }, 'yearsExperience'],
      ['a salary without currency', { desiredSalary: 5000, desiredSalaryCurrency: undefined }, 'desiredSalaryCurrency'],
      ['a string for a boolean', { marketingConsent: 'yes' }, 'marketingConsent'],
      ['a read-only field', { segmentId: '00000000-0000-4000-8000-000000000000' }, 'segmentId'],
      ['a missing name', { fullName: undefined }, 'fullName'],
      ['a bad phone', { phone: 'call me' }, 'phone'],
    ])('refuses %s with 400 naming the field and writes nothing', async (_, change, field) => {
      const body = { ...ana, email: 'x@example.com', ...change };
      expectProblem(await recruiter.post('/api/candidates', body), 400, field);
      expect(await count(t)).toBe(0);
    });

    it('refuses a duplicate email (any case) with 409 naming email, nothing written', async () => {
      await recruiter.post('/api/candidates', ana).expect(201);
      expectProblem(await recruiter.post('/api/candidates', { fullName: 'Other', email: 'ANA.GOMEZ@example.com' }), 409, 'email');
      expect(await count(t)).toBe(1);
    });

    it('patches fields, merges location, clears with null, tracks consent and refuses bad changes', async () => {
      const { body: created } = await recruiter.post('/api/candidates', ana).expect(201);
      await recruiter.post('/api/candidates', { fullName: 'Taken', email: 'taken@example.com' }).expect(201);
      const url = `/api/candidates/${created.id}`;
      const patched = await recruiter.patch(url, { location: { city: 'Bogotá' }, phone: null, skills: ['Kotlin', 'Spring'], marketingConsent: false }).expect(200);
      expect(patched.body).toMatchObject({ location: { city: 'Bogotá', region: 'Antioquia', countryCode: 'CO' }, phone: null, skills: ['kotlin', 'spring'], primarySkill: 'kotlin', marketingConsent: false, marketingConsentAt: null });
      expect(Date.parse(patched.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

      const consent = await recruiter.patch(url, { marketingConsent: true }).expect(200);
      expect(consent.body.marketingConsentAt).not.toBeNull();
      expectProblem(await recruiter.patch(url, { fullName: null }), 400, 'fullName');
      expectProblem(await recruiter.patch(url, { desiredSalaryCurrency: null }), 400, 'desiredSalaryCurrency');
      expectProblem(await recruiter.patch(url, { email: 'taken@example.com' }), 409, 'email');
      expectProblem(await recruiter.patch(url, { segmentId: null }), 400, 'segmentId');
      const after = await recruiter.get(url).expect(200);
      expect(after.body).toMatchObject({ email: 'ana.gomez@example.com', fullName: 'Ana María Gómez', desiredSalaryCurrency: 'COP' });
      expectProblem(await recruiter.patch('/api/candidates/00000000-0000-4000-8000-000000000000', { fullName: 'X' }), 404);
      expectProblem(await recruiter.get('/api/candidates/nope'), 400, 'id');
    });

    it('erases a candidate (right to be forgotten), audits it without personal data and emits candidate.erased', async () => {
      const { body } = await recruiter.post('/api/candidates', ana).expect(201);
      const erased: unknown[] = [];
      const listener = (e: unknown) => erased.push(e);
      events.on(CANDIDATE_ERASED, listener);
      await recruiter.delete(`/api/candidates/${body.id}`).expect(204);
      events.off(CANDIDATE_ERASED, listener);
      expect(erased).toEqual([{ candidateIds: [body.id] }]);
      expectProblem(await recruiter.get(`/api/candidates/${body.id}`), 404);
      expectProblem(await recruiter.delete(`/api/candidates/${body.id}`), 404);
      const audit = await t.dataSource.query(`SELECT actor_label, target_id, details FROM audit_log WHERE action = 'candidate.erased'`);
      expect(audit).toEqual([{ actor_label: (recruiter as Session & { email: string }).email, target_id: body.id, details: expect.any(Object) }]);
      expect(JSON.stringify(audit)).not.toMatch(/gomez|Ana/i);
    });

    it('lets a viewer read but not write', async () => {
      const viewer = await loginAs(t, 'viewer');
      await viewer.get('/api/candidates').expect(200);
      expectProblem(await viewer.post('/api/candidates', ana), 403);
      expect(await count(t)).toBe(0);
    });
  });

  describe('list', () => {
    /** A segment of an older, inactive run (Bob, Carla) and the active run's two segments. */
    const oldSegment = '11111111-1111-4111-8111-111111111111';
    const [javaSegment, restSegment] = ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    /** A third run where one segment holds 4 of the 5. */
    const [bigSegment, eveSegment] = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
    const people = [
      { fullName: 'Alice Java', email: 'alice@example.com', location: { countryCode: 'ES' }, skills: ['Java', 'SQL'], yearsExperience: 2, seekingStatus: 'active', desiredPosition: 'Backend developer' },
      { fullName: 'Bob Python', email: 'bob@example.com', location: { countryCode: 'DE' }, skills: ['Python', 'SQL'], yearsExperience: 8, seekingStatus: 'passive', desiredPosition: 'Data scientist' },
      { fullName: 'Carla Nurse', email: 'carla@example.com', location: { countryCode: 'ES' }, skills: ['Nursing'], yearsExperience: 15, seekingStatus: 'not_looking', desiredPosition: 'Head nurse' },
      { fullName: 'Dan Java', email: 'dan@example.com', location: { countryCode: 'US' }, skills: ['java', 'Spring'], seekingStatus: 'active' },
      { fullName: 'Eve 100%_Sales', email: 'eve@sales.example.com', location: { countryCode: 'ES' }, skills: ['Sales'], yearsExperience: 5, seekingStatus: 'active' },
    ];
    const ids: Record<string, string> = {};
    const names = (res: { body: { items: Array<{ fullName: string }> } }) => res.body.items.map((c) => c.fullName.split(' ')[0]);

    beforeAll(async () => {
      await resetState(t.dataSource);
      recruiter = await loginAs(t, 'recruiter');
      for (const p of people) ids[p.fullName.split(' ')[0]] = (await recruiter.post('/api/candidates', p).expect(201)).body.id;
      // Distinct creation times, Alice oldest (before any run: assignments keep created_at).
      await t.dataSource.query(`UPDATE candidates SET created_at = now() - (interval '1 minute' * (10 - position(left(full_name, 1) in 'ABCDE')))`);
      await insertRunWithAssignments(t.dataSource, [{ id: oldSegment, members: [ids.Bob, ids.Carla] }], false);
      await insertRunWithAssignments(t.dataSource, [{ id: bigSegment, members: [ids.Alice, ids.Bob, ids.Carla, ids.Dan] }, { id: eveSegment, members: [ids.Eve] }], false);
      await insertRunWithAssignments(t.dataSource, [{ id: javaSegment, members: [ids.Alice, ids.Dan] }, { id: restSegment, members: [ids.Bob, ids.Carla, ids.Eve] }], true);
    });

    it("shows each candidate's segment in the active run, in the list and on its own", async () => {
      const items: Array<{ id: string; fullName: string; segmentId: string | null; segmentDistance: number | null }> = (await recruiter.get('/api/candidates').expect(200)).body.items;
      const bySegment = (segment: string) => items.filter((c) => c.segmentId === segment).map((c) => c.fullName.split(' ')[0]);
      expect(bySegment(javaSegment)).toEqual(['Dan', 'Alice']);
      expect(bySegment(restSegment)).toEqual(['Eve', 'Carla', 'Bob']);
      expect(items.every((c) => typeof c.segmentDistance === 'number')).toBe(true);
      for (const c of items) expect((await recruiter.get(`/api/candidates/${c.id}`).expect(200)).body).toEqual(c);
    });

    it.each([
      ['', ['Eve', 'Dan', 'Carla', 'Bob', 'Alice']],
      [`segmentId=${oldSegment}`, ['Carla', 'Bob']],
      [`segmentId=${restSegment}`, ['Eve', 'Carla', 'Bob']],
      [`segmentId=${restSegment}&sort=createdAt`, ['Bob', 'Carla', 'Eve']],
      [`segmentId=${restSegment}&sort=fullName`, ['Bob', 'Carla', 'Eve']],
      [`segmentId=${javaSegment}&country=ES`, ['Alice']],
      [`segmentId=${eveSegment}&sort=-fullName`, ['Eve']],
      ['segmentId=00000000-0000-4000-8000-000000000000&sort=fullName', []],
      ['segmentId=00000000-0000-4000-8000-000000000000', []],
      ['country=es', ['Eve', 'Carla', 'Alice']],
      ['skill=JAVA', ['Dan', 'Alice']],
      ['skill=java&skill=sql', ['Alice']],
      ['minExperience=5', ['Eve', 'Carla', 'Bob']],
      ['minExperience=3&maxExperience=10', ['Eve', 'Bob']],
      ['maxExperience=4', ['Alice']],
      ['seekingStatus=active', ['Eve', 'Dan', 'Alice']],
      ['q=java', ['Dan', 'Alice']],
      ['q=SALES.EXAMPLE', ['Eve']],
      ['q=scientist', ['Bob']],
      [`q=${encodeURIComponent('100%_')}`, ['Eve']],
      [`q=${encodeURIComponent('1%0')}`, []],
      ['country=ES&seekingStatus=active&minExperience=3', ['Eve']],
      ['sort=fullName', ['Alice', 'Bob', 'Carla', 'Dan', 'Eve']],
      ['sort=-fullName', ['Eve', 'Dan', 'Carla', 'Bob', 'Alice']],
      ['sort=yearsExperience', ['Dan', 'Alice', 'Eve', 'Bob', 'Carla']],
      ['sort=-yearsExperience', ['Carla', 'Bob', 'Eve', 'Alice', 'Dan']],
      ['sort=createdAt', ['Alice', 'Bob', 'Carla', 'Dan', 'Eve']],
    ])('GET /api/candidates?%s', async (query, expected) => {
      expect(names(await recruiter.get(`/api/candidates?${query}`).expect(200))).toEqual(expected);
    });

    const sorts = ['-createdAt', 'createdAt', 'updatedAt', '-updatedAt', 'fullName', '-fullName', 'yearsExperience', '-yearsExperience'];

    describe('a segment filter sorted by every column (the assignments\' copies of the keys)', () => {
      it.each([
        ['fullName', ['Alice', 'Bob', 'Carla', 'Dan']],
        ['-fullName', ['Dan', 'Carla', 'Bob', 'Alice']],
        ['yearsExperience', ['Dan', 'Alice', 'Bob', 'Carla']],
        ['-yearsExperience', ['Carla', 'Bob', 'Alice', 'Dan']],
        ['updatedAt', ['Alice', 'Bob', 'Carla', 'Dan']],
        ['-updatedAt', ['Dan', 'Carla', 'Bob', 'Alice']],
        ['createdAt', ['Alice', 'Bob', 'Carla', 'Dan']],
        ['-createdAt', ['Dan', 'Carla', 'Bob', 'Alice']],
      ])('sort=%s: in order, and page by page the same', async (sort, expected) => {
        expect(names(await recruiter.get(`/api/candidates?segmentId=${bigSegment}&sort=${sort}`).expect(200))).toEqual(expected);
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const res: { body: { items: Array<{ fullName: string }>; nextCursor: string | null } } = await recruiter.get(`/api/candidates?segmentId=${bigSegment}&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
          paged.push(...names(res));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(paged).toEqual(expected);
      });

      it('with another filter, and for the other segment of the run', async () => {
        expect(names(await recruiter.get(`/api/candidates?segmentId=${bigSegment}&sort=fullName&country=ES`).expect(200))).toEqual(['Alice', 'Carla']);
        expect(names(await recruiter.get(`/api/candidates?segmentId=${bigSegment}&sort=-yearsExperience&minExperience=5`).expect(200))).toEqual(['Carla', 'Bob']);
        expect(names(await recruiter.get(`/api/candidates?segmentId=${eveSegment}&sort=fullName`).expect(200))).toEqual(['Eve']);
      });
    });
    it.each([
      ...sorts.map((sort) => [sort, '', 5]),
      ...sorts.map((sort) => [sort, `&segmentId=${restSegment}`, 3]),
      ...sorts.map((sort) => [sort, `&segmentId=${bigSegment}`, 4]),
    ])(
      'pages through every row exactly once with sort=%s%s',
      async (sort, filter, rows) => {
        const full = names(await recruiter.get(`/api/candidates?sort=${sort}${filter}`).expect(200));
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const res: { body: { items: Array<{ fullName: string }>; nextCursor: string | null } } = await recruiter.get(`/api/candidates?sort=${sort}${filter}&limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
          expect(res.body.items.length).toBeLessThanOrEqual(2);
          paged.push(...names(res));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(paged).toEqual(full);
        expect(new Set(paged).size).toBe(rows);
      },
    );

    it.each([
      ['sort=email', 'sort'],
      ['sort=-segmentId', 'sort'],
      ['country=XX', 'country'],
      ['seekingStatus=maybe', 'seekingStatus'],
      ['minExperience=abc', 'minExperience'],
      ['maxExperience=71', 'maxExperience'],
      ['minExperience=9&maxExperience=3', 'maxExperience'],
      ['q=ab', 'q'],
      ['segmentId=12', 'segmentId'],
      ['limit=201', 'limit'],
      ['cursor=garbage', 'cursor'],
      ['skill=a&skill=b&skill=c&skill=d&skill=e&skill=f', 'skill'],
      ['color=red', 'color'],
    ])('refuses %s with 400 naming the parameter', async (query, field) => {
      expectProblem(await recruiter.get(`/api/candidates?${query}`), 400, field);
    });

    it('refuses a cursor from another sort order', async () => {
      const first = await recruiter.get('/api/candidates?limit=2&sort=fullName').expect(200);
      expectProblem(await recruiter.get(`/api/candidates?limit=2&sort=-createdAt&cursor=${first.body.nextCursor}`), 400, 'cursor');
    });
  });
});
