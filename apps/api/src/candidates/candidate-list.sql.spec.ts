import { buildCandidateListSql, CANDIDATE_BY_ID_SQL, currentSegmentJoin, ListScope, SEARCH_EXPR } from './candidate-list.sql';

const SEGMENT = '11111111-1111-4111-8111-111111111111';
const AFTER: [string, string] = ['2026-11-26T08:00:03.277Z', '22222222-2222-4222-8222-222222222222'];
const RUN = '33333333-3333-4333-8333-333333333333';
const SEGMENT_RUN = '44444444-4444-4444-8444-444444444444';
const SEGMENT_IDS = ['55555555-5555-4555-8555-555555555555', null, '66666666-6666-4666-8666-666666666666'];
const SCOPE: ListScope = { activeRun: { id: RUN, segmentIds: SEGMENT_IDS } };
const SEGMENT_SCOPE: ListScope = { ...SCOPE, segment: { runId: SEGMENT_RUN, index: 3 } };
/** The end of every list: the current segment from the active run ($n) and its segment ids ($n + 1, last), checked still active. */
const tail = (n: number, direction: 'ASC' | 'DESC') =>
  `${currentSegmentJoin(`$${n}`, `$${n + 1}`)} WHERE $${n}::uuid IS NOT DISTINCT FROM (SELECT id FROM segmentation_runs WHERE active) ORDER BY c.page_key ${direction}, c.page_id ${direction}`;

/** The shapes the plans at 1M rows depend on (see the comments in candidate-list.sql.ts). */
describe('candidate list SQL', () => {
  it('reads every row\'s segment through the one current-segment join, in lists and single reads', () => {
    const { text, values } = buildCandidateListSql({}, undefined, 50, undefined, SCOPE);
    expect(text).toContain(tail(2, 'DESC'));
    expect(values).toEqual([51, RUN, SEGMENT_IDS]);
    expect(CANDIDATE_BY_ID_SQL).toContain(`${currentSegmentJoin('$2', '$3')} WHERE c.id = $1 AND $2::uuid IS NOT DISTINCT FROM (SELECT id FROM segmentation_runs WHERE active)`);
    expect(text).toMatch(/'segmentId', seg\.id, 'segmentDistance', seg\.distance/);
    expect(text).not.toMatch(/c\.segment_/);
    expect(text).toMatch(/ORDER BY c\.created_at DESC, c\.id DESC LIMIT \$1\) c /);
  });

  it('selects the page first and joins the current segment onto its rows only, keeping the order', () => {
    const { text } = buildCandidateListSql({ country: 'ES' }, 'fullName', 50, undefined, SCOPE);
    const inner = /FROM \((SELECT .*? LIMIT \$2)\) c (.*)$/.exec(text);
    expect(inner).not.toBeNull();
    expect(inner![1]).not.toContain('segment_assignments');
    expect(inner![1]).toContain('c.country_code = $1');
    expect(inner![2]).toBe(tail(3, 'ASC'));
  });

  it('takes the active run as a parameter, never as a subquery inside the join: PostgreSQL prunes the runs\' partitions only for values it knows when planning', () => {
    const { text } = buildCandidateListSql({ segmentId: SEGMENT }, 'fullName', 50, undefined, SEGMENT_SCOPE);
    expect(text).not.toMatch(/run_id = \(SELECT/);
    expect(text).not.toMatch(/\(fa\.run_id, fa\.segment_index\) = \(SELECT/);
    expect(() => buildCandidateListSql({ segmentId: SEGMENT }, 'fullName', 50, undefined, SCOPE)).toThrow(/ListScope\.segment/);
  });

  it('searches text in three bounded steps: a short walk of the sort order, the matches of a term that walk found rare, a walk without the trigram index', () => {
    const { text, values } = buildCandidateListSql({ q: 'García_%', country: 'ES' }, 'fullName', 50, ['Ana', AFTER[1]], SCOPE);
    const inner = /FROM \((WITH walk AS MATERIALIZED .*)\) c (.*)$/.exec(text);
    expect(inner).not.toBeNull();
    expect(inner![1]).not.toContain('segment_assignments'); // the search runs without the join
    expect(inner![2]).toBe(tail(10, 'ASC'));
    // $1 country, $2 the pattern (LIKE wildcards escaped), $3/$4 the cursor, $5 the page + 1, $6 the walk, $7 "rare", $8 "common" in the walk, $9 a full page, $10/$11 the active run and its segment ids.
    expect(values).toEqual(['ES', '%garcía\\_\\%%', 'Ana', AFTER[1], 51, 510, 3060, 6, 51, RUN, SEGMENT_IDS]);
    const search = `${SEARCH_EXPR} LIKE $2`;
    const filters = 'c.country_code = $1 AND (c.full_name, c.id) > ($3::text, $4::uuid)';
    const order = 'ORDER BY c.full_name ASC, c.id ASC';
    expect(inner![1]).toContain(`(SELECT c.* FROM candidates c WHERE ${filters} ${order} LIMIT $6) c WHERE ${search} ${order} LIMIT $5)`);
    expect(inner![1]).toContain(`matches AS MATERIALIZED (SELECT c.* FROM candidates c WHERE ${filters} AND ${search})`);
    expect(inner![1]).toContain('SELECT * FROM walk WHERE (SELECT count(*) FROM walk) >= $9');
    // The trigram index's matches only for a term the walk found rare: its bitmap holds every match before the first is read.
    expect(inner![1]).toContain(`FROM matches c ${order} LIMIT $5) p WHERE (SELECT count(*) FROM walk) < $8 AND (SELECT count(*) FROM (SELECT FROM matches LIMIT $7) m) < $7`);
    // The last step hides the search from the trigram index, so only the walk can serve it.
    expect(inner![1]).toContain(`WHERE ${filters} AND (${SEARCH_EXPR} || '') LIKE $2 ${order} LIMIT $5) p WHERE (SELECT count(*) FROM walk) < $9 AND ((SELECT count(*) FROM walk) >= $8 OR (SELECT count(*) FROM (SELECT FROM matches LIMIT $7) m) >= $7)`);
  });

  it('filters newest first by a segment on the assignments\' own created_at and id, keyset included', () => {
    const { text, values } = buildCandidateListSql({ segmentId: SEGMENT, country: 'ES' }, '-createdAt', 50, AFTER, SEGMENT_SCOPE);
    expect(text).toContain('JOIN segment_assignments fa ON fa.candidate_id = c.id WHERE fa.run_id = $1::uuid AND fa.segment_index = $2 AND c.country_code = $3');
    expect(text).toContain('(fa.created_at, fa.candidate_id) < ($4::timestamptz, $5::uuid)');
    expect(text).toMatch(/ORDER BY fa\.created_at DESC, fa\.candidate_id DESC LIMIT \$6\) c /);
    expect(text).not.toContain('fa.created_at = c.created_at'); // would make the planner expect one row
    expect(values).toEqual([SEGMENT_RUN, 3, 'ES', ...AFTER, 51, RUN, SEGMENT_IDS]);
  });

  it.each([
    ['fullName', 'fa.full_name', 'ASC', 'text', 'Bob'],
    ['-updatedAt', 'fa.updated_at', 'DESC', 'timestamptz', AFTER[0]],
    ['-yearsExperience', 'COALESCE(fa.years_experience, -1)', 'DESC', 'int', 7],
  ] as const)('filters by a segment sorted %s on the assignments\' copy of the key (their index), keyset included', (sort, expr, direction, cast, value) => {
    const { text, values } = buildCandidateListSql({ segmentId: SEGMENT }, sort, 20, [value, AFTER[1]], SEGMENT_SCOPE);
    expect(text).toContain('FROM candidates c JOIN segment_assignments fa ON fa.candidate_id = c.id WHERE fa.run_id = $1::uuid AND fa.segment_index = $2');
    expect(text).toContain(`(${expr}, fa.candidate_id) ${direction === 'ASC' ? '>' : '<'} ($3::${cast}, $4::uuid)`);
    expect(text).toContain(`ORDER BY ${expr} ${direction}, fa.candidate_id ${direction} LIMIT $5) c ${tail(6, direction)}`);
    expect(text).not.toMatch(/ORDER BY c\.(full_name|updated_at)|COALESCE\(c\.years_experience/); // never the candidates' own keys: a sort of every member
    expect(values).toEqual([SEGMENT_RUN, 3, value, AFTER[1], 21, RUN, SEGMENT_IDS]);
  });
});
