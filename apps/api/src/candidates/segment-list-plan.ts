/**
 * The candidate list filtered by a segment and sorted by a candidate column (any order but
 * createdAt, which walks the assignments' own index). Which plan is fast depends on the segment's
 * share of its run, which the planner does not weigh (it walks the sort index even for a 0.5 %
 * segment, ~17 000 probes), so the repository reads the segment's scope first and this file picks:
 *
 * - probe: walk the candidates' sort index, probe each row's assignment; reads ≈ page·runSize/size
 *   rows: the plan for big segments (~130 probes for a 40 % one).
 * - hash: hash the segment's members once (its assignments index, index-only), walk the sort index
 *   index-only until the page is full, then fetch the page's rows: a 0.5 % segment reads ~3 000
 *   buffers instead of ~20 000. Needs every column of the walk in the sort index (the experience
 *   index INCLUDEs years_experience) and no other filter (those need the row).
 * - members: read the segment's members, one candidate lookup each, then the top of the sort: with
 *   other filters on a small segment, or a member set too big to hash.
 */
export type SegmentPlan = 'probe' | 'hash' | 'members';

/** Where the list looks: the segment's run and index (known to the planner) and the sizes that pick the plan. */
export interface SegmentScope {
  runId: string;
  index: number;
  size: number;
  /** Every assignment of the run: the sum of its segments' sizes. */
  runSize: number;
}

/** One segment's scope ($1: segment id); no row for an unknown segment. */
export const SEGMENT_SCOPE_SQL =
  `SELECT s.run_id AS "runId", s.index, s.size, (SELECT sum(t.size) FROM segments t WHERE t.run_id = s.run_id)::int AS "runSize" FROM segments s WHERE s.id = $1`;

/** Members hashed at most: the hash stays well inside work_mem, or PostgreSQL would scan the list per row. */
export const HASH_MAX_MEMBERS = 50_000;

export function segmentPlan(scope: SegmentScope, page: number, otherFilters: boolean): SegmentPlan {
  // Rows an in-order walk reads to fill a page; a probe costs ~5 buffers, a hashed member ~1/20 of one.
  const walked = (page * scope.runSize) / Math.max(1, scope.size);
  if (otherFilters) return walked * 10 <= scope.size ? 'probe' : 'members';
  if (walked * 20 <= scope.size) return 'probe';
  return scope.size <= HASH_MAX_MEMBERS ? 'hash' : 'members';
}

export interface PageParts {
  /** The page's select list over `c` (a candidates row). */
  select: string;
  /** Conditions on `c`: filters and the keyset cursor. */
  where: string[];
  /** `ORDER BY … LIMIT …` over `c`. */
  order: string;
  otherFilters: boolean;
}

export function segmentPage(scope: SegmentScope, parts: PageParts, page: number, param: (value: unknown) => string): string {
  const [runId, index] = [param(scope.runId), param(scope.index)];
  const where = (conditions: string[]) => (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '');
  const plan = segmentPlan(scope, page, parts.otherFilters);
  if (plan === 'probe') {
    const member = `EXISTS (SELECT FROM segment_assignments a WHERE a.run_id = ${runId} AND a.candidate_id = c.id AND a.segment_index = ${index})`;
    return `SELECT ${parts.select} FROM candidates c${where([member, ...parts.where])} ${parts.order}`;
  }
  const members = `SELECT fa.candidate_id FROM segment_assignments fa WHERE fa.run_id = ${runId} AND fa.segment_index = ${index}`;
  if (plan === 'hash') {
    // `(… IN (…)) IS TRUE` keeps the IN from becoming a join: a hashed SubPlan, built once, filters
    // an index-only walk that stops at the page's end.
    const walk = `SELECT c.id FROM candidates c${where([`(c.id IN (${members})) IS TRUE`, ...parts.where])} ${parts.order}`;
    return `SELECT ${parts.select} FROM (${walk}) p JOIN candidates c ON c.id = p.id`;
  }
  // OFFSET 0 keeps the planner from flattening both into a hash join over every candidate.
  const from = `(${members} OFFSET 0) m CROSS JOIN LATERAL (SELECT * FROM candidates WHERE id = m.candidate_id OFFSET 0) c`;
  return `SELECT ${parts.select} FROM ${from}${where(parts.where)} ${parts.order}`;
}
