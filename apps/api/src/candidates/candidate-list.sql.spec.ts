import { buildCandidateListSql, CANDIDATE_BY_ID_SQL, CURRENT_SEGMENT_JOIN } from './candidate-list.sql';

const SEGMENT = '11111111-1111-4111-8111-111111111111';
const AFTER: [string, string] = ['2026-11-26T08:00:03.277Z', '22222222-2222-4222-8222-222222222222'];

/** The shapes the plans at 1M rows depend on (see the comments in candidate-list.sql.ts). */
describe('candidate list SQL', () => {
  it('reads every row\'s segment through the one current-segment join, in lists and single reads', () => {
    const { text } = buildCandidateListSql({}, undefined, 50);
    expect(text).toContain(CURRENT_SEGMENT_JOIN);
    expect(CANDIDATE_BY_ID_SQL).toContain(CURRENT_SEGMENT_JOIN);
    expect(text).toMatch(/seg\.id AS "segmentId", seg\.distance AS "segmentDistance"/);
    expect(text).not.toMatch(/c\.segment_/);
    expect(text).toMatch(/ORDER BY c\.created_at DESC, c\.id DESC LIMIT \$1\) c /);
  });

  it('selects the page first and joins the current segment onto its rows only, keeping the order', () => {
    const { text } = buildCandidateListSql({ q: 'ana' }, 'fullName', 50);
    const inner = /FROM \((SELECT .*? LIMIT \$2)\) c (.*)$/.exec(text);
    expect(inner).not.toBeNull();
    expect(inner![1]).not.toContain('segment_assignments'); // the search runs without the join
    expect(inner![1]).toContain("LIKE $1");
    expect(inner![2]).toBe(`${CURRENT_SEGMENT_JOIN} ORDER BY c.page_key ASC, c.page_id ASC`);
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

  it('keeps the candidate columns for other sorts with a segment filter', () => {
    const { text } = buildCandidateListSql({ segmentId: SEGMENT }, 'fullName', 20, ['Bob', AFTER[1]]);
    expect(text).toContain('(c.full_name, c.id) > ($2::text, $3::uuid)');
    expect(text).toMatch(/ORDER BY c\.full_name ASC, c\.id ASC LIMIT \$4\) c /);
  });
});
