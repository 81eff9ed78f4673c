import { buildCandidateListSql, CANDIDATE_BY_ID_SQL, CURRENT_SEGMENT_JOIN, needsSegmentScope, SEARCH_EXPR, SegmentScope, segmentPlan } from './candidate-list.sql';

const SEGMENT = '11111111-1111-4111-8111-111111111111';
const AFTER: [string, string] = ['2026-11-26T08:00:03.277Z', '22222222-2222-4222-8222-222222222222'];

/** The shapes the plans at 1M rows depend on (see the comments in candidate-list.sql.ts). */
describe('candidate list SQL', () => {
  it('reads every row\'s segment through the one current-segment join, in lists and single reads', () => {
    const { text } = buildCandidateListSql({}, undefined, 50);
    expect(text).toContain(CURRENT_SEGMENT_JOIN);
    expect(CANDIDATE_BY_ID_SQL).toContain(CURRENT_SEGMENT_JOIN);
    expect(text).toMatch(/'segmentId', seg\.id, 'segmentDistance', seg\.distance/);
    expect(text).not.toMatch(/c\.segment_/);
    expect(text).toMatch(/ORDER BY c\.created_at DESC, c\.id DESC LIMIT \$1\) c /);
  });

  it('selects the page first and joins the current segment onto its rows only, keeping the order', () => {
    const { text } = buildCandidateListSql({ country: 'ES' }, 'fullName', 50);
    const inner = /FROM \((SELECT .*? LIMIT \$2)\) c (.*)$/.exec(text);
    expect(inner).not.toBeNull();
    expect(inner![1]).not.toContain('segment_assignments');
    expect(inner![1]).toContain('c.country_code = $1');
    expect(inner![2]).toBe(`${CURRENT_SEGMENT_JOIN} ORDER BY c.page_key ASC, c.page_id ASC`);
  });

  it('searches text in three bounded steps: a short walk of the sort order, the rare matches, a walk without the trigram index', () => {
    const { text, values } = buildCandidateListSql({ q: 'García_%', country: 'ES' }, 'fullName', 50, ['Ana', AFTER[1]]);
    const inner = /FROM \((WITH walk AS MATERIALIZED .*)\) c (.*)$/.exec(text);
    expect(inner).not.toBeNull();
    expect(inner![1]).not.toContain('segment_assignments'); // the search runs without the join
    expect(inner![2]).toBe(`${CURRENT_SEGMENT_JOIN} ORDER BY c.page_key ASC, c.page_id ASC`);
    // $1 country, $2 the pattern (LIKE wildcards escaped), $3/$4 the cursor, $5 the page + 1, $6 the walk, $7 "rare", $8 a full page.
    expect(values).toEqual(['ES', '%garcía\\_\\%%', 'Ana', AFTER[1], 51, 510, 3060, 51]);
    const search = `${SEARCH_EXPR} LIKE $2`;
    const filters = 'c.country_code = $1 AND (c.full_name, c.id) > ($3::text, $4::uuid)';
    const order = 'ORDER BY c.full_name ASC, c.id ASC';
    expect(inner![1]).toContain(`(SELECT c.* FROM candidates c WHERE ${filters} ${order} LIMIT $6) c WHERE ${search} ${order} LIMIT $5)`);
    expect(inner![1]).toContain(`matches AS MATERIALIZED (SELECT c.* FROM candidates c WHERE ${filters} AND ${search})`);
    expect(inner![1]).toContain('SELECT * FROM walk WHERE NOT (SELECT count(*) FROM walk) < $8');
    expect(inner![1]).toContain(`FROM matches c ${order} LIMIT $5) p WHERE (SELECT count(*) FROM walk) < $8 AND (SELECT count(*) FROM (SELECT FROM matches LIMIT $7) m) < $7`);
    // The last step hides the search from the trigram index, so only the walk can serve it.
    expect(inner![1]).toContain(`WHERE ${filters} AND (${SEARCH_EXPR} || '') LIKE $2 ${order} LIMIT $5) p WHERE (SELECT count(*) FROM walk) < $8 AND (SELECT count(*) FROM (SELECT FROM matches LIMIT $7) m) >= $7`);
  });

  it('filters newest first by a segment on the assignments\' own created_at and id, keyset included', () => {
    const { text, values } = buildCandidateListSql({ segmentId: SEGMENT, country: 'ES' }, '-createdAt', 50, AFTER);
    expect(text).toContain('JOIN segment_assignments fa ON fa.candidate_id = c.id ');
    expect(text).toContain('EXISTS (SELECT FROM segments WHERE id = $1)');
    expect(text).toContain('(fa.run_id, fa.segment_index) = (SELECT run_id, index FROM segments WHERE id = $1)');
    expect(text).toContain('(fa.created_at, fa.candidate_id) < ($3::timestamptz, $4::uuid)');
    expect(text).toMatch(/ORDER BY fa\.created_at DESC, fa\.candidate_id DESC LIMIT \$5\) c /);
    expect(text).not.toContain('fa.created_at = c.created_at'); // would make the planner expect one row
    expect(values).toEqual([SEGMENT, 'ES', ...AFTER, 51]);
  });

  describe('a segment filter in any other order: the plan follows the segment\'s share of its run', () => {
    const RUN = '33333333-3333-4333-8333-333333333333';
    const scope = (size: number, runSize = 1_000_000): SegmentScope => ({ runId: RUN, index: 4, size, runSize });

    it('needs the segment\'s scope for every order but createdAt', () => {
      expect(needsSegmentScope({ segmentId: SEGMENT }, 'fullName')).toBe(true);
      expect(needsSegmentScope({ segmentId: SEGMENT }, '-yearsExperience')).toBe(true);
      expect(needsSegmentScope({ segmentId: SEGMENT }, undefined)).toBe(false);
      expect(needsSegmentScope({ segmentId: SEGMENT }, 'createdAt')).toBe(false);
      expect(needsSegmentScope({ country: 'ES' }, 'fullName')).toBe(false);
      expect(() => buildCandidateListSql({ segmentId: SEGMENT }, 'fullName', 50)).toThrow(/scope/);
    });

    it('probes big segments, hashes small ones, reads the members of small ones under other filters or too big to hash', () => {
      expect(segmentPlan(scope(400_000), 51, false)).toBe('probe'); // ~130 rows walked
      expect(segmentPlan(scope(32_000), 51, false)).toBe('probe'); // ~1 600 walked, 20 × that ≤ 32 000
      expect(segmentPlan(scope(31_000), 51, false)).toBe('hash');
      expect(segmentPlan(scope(5_000), 51, false)).toBe('hash');
      expect(segmentPlan(scope(60_000, 10_000_000), 51, false)).toBe('members'); // too many to hash, too rare to walk
      expect(segmentPlan(scope(400_000), 51, true)).toBe('probe');
      expect(segmentPlan(scope(20_000), 51, true)).toBe('members'); // other filters thin the walk out
    });

    it('probe: the candidates\' sort index, each row\'s assignment probed in the known run, keyset included', () => {
      const { text, values } = buildCandidateListSql({ segmentId: SEGMENT }, 'fullName', 20, ['Bob', AFTER[1]], scope(400_000));
      expect(text).toContain('FROM candidates c WHERE EXISTS (SELECT FROM segment_assignments a WHERE a.run_id = $4 AND a.candidate_id = c.id AND a.segment_index = $5)');
      expect(text).toContain('AND (c.full_name, c.id) > ($1::text, $2::uuid) ORDER BY c.full_name ASC, c.id ASC LIMIT $3) c ');
      expect(values).toEqual(['Bob', AFTER[1], 21, RUN, 4]);
    });

    it('hash: the members hashed once, an index-only walk of ids, then the page\'s rows', () => {
      const { text, values } = buildCandidateListSql({ segmentId: SEGMENT }, '-yearsExperience', 50, [7, AFTER[1]], scope(5_000));
      expect(text).toContain(
        'FROM (SELECT c.id FROM candidates c WHERE (c.id IN (SELECT fa.candidate_id FROM segment_assignments fa WHERE fa.run_id = $4 AND fa.segment_index = $5)) IS TRUE' +
          ' AND (COALESCE(c.years_experience, -1), c.id) < ($1::int, $2::uuid) ORDER BY COALESCE(c.years_experience, -1) DESC, c.id DESC LIMIT $3) p JOIN candidates c ON c.id = p.id) c ',
      );
      expect(values).toEqual([7, AFTER[1], 51, RUN, 4]);
    });

    it('members: with another filter on a small segment, one candidate lookup per member, then the top of the sort', () => {
      const { text, values } = buildCandidateListSql({ segmentId: SEGMENT, country: 'ES' }, 'updatedAt', 50, undefined, scope(5_000));
      expect(text).toContain(
        'FROM (SELECT fa.candidate_id FROM segment_assignments fa WHERE fa.run_id = $3 AND fa.segment_index = $4 OFFSET 0) m ' +
          'CROSS JOIN LATERAL (SELECT * FROM candidates WHERE id = m.candidate_id OFFSET 0) c WHERE c.country_code = $1 ORDER BY c.updated_at ASC, c.id ASC LIMIT $2) c ',
      );
      expect(values).toEqual(['ES', 51, RUN, 4]);
    });
  });
});
