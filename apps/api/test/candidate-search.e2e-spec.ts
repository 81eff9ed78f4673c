import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';

/**
 * The text search answers in three steps (candidate-list.sql.ts, searchPage): a short walk of the
 * sort order (10 × page rows), the matches through the trigram index when they are rare (under
 * 60 × page rows), else a walk of the whole order. With limit=3 (pages of 4 rows read) those
 * bounds are 40 and 240 rows, so 300 candidates exercise each step; every step must give the
 * same pages as a plain filter and sort would.
 */
describe('candidate text search steps (integration)', () => {
  let t: TestApp;
  let recruiter: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    // Candidate i was created i minutes after the first; the newest 40 (260–299) hold neither rare nor mid terms.
    await t.dataSource.query(
      `INSERT INTO candidates (full_name, email, desired_position, country_code, skills, languages, marketing_consent, created_at, updated_at)
       SELECT 'Cand ' || lpad(i::text, 3, '0'), 'c' || i || '@example.com',
              concat_ws(' ', 'zzcommon', CASE WHEN i BETWEEN 10 AND 14 THEN 'rarez' END, CASE WHEN i < 250 THEN 'midz' END),
              CASE WHEN i % 2 = 0 THEN 'ES' ELSE 'CO' END, '{}', '{}', false,
              timestamptz '2026-01-01' + i * interval '1 minute', timestamptz '2026-01-01' + i * interval '1 minute'
         FROM generate_series(0, 299) AS i`,
    );
    await t.dataSource.query('ANALYZE candidates');
  });
  afterAll(() => t.close());

  const page = async (query: string) => {
    const res = await recruiter.get(`/api/candidates?limit=3&${query}`).expect(200);
    return { names: res.body.items.map((c: { fullName: string }) => c.fullName.slice(5)), next: res.body.nextCursor as string | null };
  };

  it.each([
    ['a common term (found by the short walk)', 'q=zzcommon', ['299', '298', '297']],
    ['a rare term (all its matches, sorted)', 'q=RAREZ', ['014', '013', '012']],
    ['a term neither rare nor in the newest rows (the long walk)', 'q=midz', ['249', '248', '247']],
    ['the long walk in another order', 'q=midz&sort=fullName', ['000', '001', '002']],
    ['the long walk under another filter', 'q=midz&country=CO', ['249', '247', '245']],
    ['a rare term in another order', 'q=rarez&sort=-fullName', ['014', '013', '012']],
    ['a term nobody has', 'q=nobodyz', []],
  ])('%s: %s', async (_name, query, expected) => {
    expect((await page(query)).names).toEqual(expected);
  });

  it('pages through each step with the cursor, to the end', async () => {
    const all = async (query: string) => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const next: { names: string[]; next: string | null } = await page(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
        names.push(...next.names);
        cursor = next.next;
      } while (cursor && names.length < 400);
      return names;
    };
    expect(await all('q=rarez')).toEqual(['014', '013', '012', '011', '010']);
    const mid = await all('q=midz&sort=createdAt');
    expect(mid).toHaveLength(250);
    expect(mid.slice(0, 2)).toEqual(['000', '001']);
    expect(mid.at(-1)).toBe('249');
  });
});
