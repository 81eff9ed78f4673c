import { normalizeSkill } from '../common/text';
import { CANDIDATE_JSON_SQL, isoUtcSql } from './candidate-json.sql';

/**
 * The SQL of the candidate list, as a pure function: the repository runs it, and the benchmark's
 * bare node:http server runs exactly the same text. Every filter and sort has an index in the
 * candidates migration that matches these expressions character for character (the segment
 * filter: segment_assignments' copies of the sort keys and their indexes).
 */
export const CANDIDATE_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'fullName', '-fullName', 'yearsExperience', '-yearsExperience'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export interface CandidateListFilter {
  segmentId?: string;
  country?: string;
  skill?: string[];
  minExperience?: number;
  maxExperience?: number;
  seekingStatus?: string;
  q?: string;
}

interface SortKey {
  /** The sort expression over a candidates row or an assignment (its copy of the key) aliased `t`. */
  expr(t: string): string;
  cast: 'timestamptz' | 'text' | 'int';
}

export const SORT_KEYS: Record<string, SortKey> = {
  createdAt: { expr: (t) => `${t}.created_at`, cast: 'timestamptz' },
  updatedAt: { expr: (t) => `${t}.updated_at`, cast: 'timestamptz' },
  fullName: { expr: (t) => `${t}.full_name`, cast: 'text' },
  yearsExperience: { expr: (t) => `COALESCE(${t}.years_experience, -1)`, cast: 'int' },
};

/** A page row's sort value as its cursor stores it (a timestamp as Date.toISOString writes it). */
const cursorValueSql = (key: SortKey, expr: string) => (key.cast === 'timestamptz' ? isoUtcSql(expr) : expr);

export const SEARCH_EXPR = `lower(c.full_name || ' ' || c.email || ' ' || COALESCE(c.desired_position, ''))`;

/**
 * What the list takes as parameters rather than subqueries. segment_assignments has one partition
 * per run kept; PostgreSQL prunes them while planning only for run ids it knows then. With the run
 * as a subquery it planned and opened every partition on every list: 7 ms of planning at 50 runs
 * kept against 0.3 ms, growing with each run. The repository resolves these (candidates.repository.ts).
 */
export interface ListScope {
  /** The active run as last read: the SQL checks it (activeRunCheck) and answers no rows when it has changed. */
  activeRun: ActiveRun | null;
  /** The run and index of the segment filtered by (`filter.segmentId`). */
  segment?: { runId: string; index: number };
}

/**
 * A run and its segments' ids by index (position i + 1 holds index i's id; a missing index, null).
 * A run's segments never change once it is written, so the ids go in as a parameter: each listed
 * row then costs one primary-key probe into the run's partition, with no join to `segments`
 * (0.3–0.9 ms less of PostgreSQL's CPU per page of 50 on the bench database, docs/BENCHMARKS.md).
 */
export interface ActiveRun {
  id: string;
  segmentIds: Array<string | null>;
}

/** The parameters currentSegmentJoin takes for `run` (none active: no run, no segments). */
export const activeRunValues = (run: ActiveRun | null): [string | null, Array<string | null>] => [run?.id ?? null, run?.segmentIds ?? []];

const ACTIVE_RUN_ID_SQL = 'SELECT id FROM segmentation_runs WHERE active';

/** The active run and its segment ids (ActiveRun), to resolve ListScope.activeRun. */
export const ACTIVE_RUN_SQL =
  `SELECT r.id, ARRAY(SELECT s.id FROM generate_series(0, (SELECT max(index) FROM segments WHERE run_id = r.id)) i` +
  ` LEFT JOIN segments s ON s.run_id = r.id AND s.index = i ORDER BY i) AS "segmentIds" FROM segmentation_runs r WHERE r.active`;
/** A segment's run and index ($1: segment id), to resolve ListScope.segment. */
export const SEGMENT_RUN_SQL = 'SELECT run_id AS "runId", index FROM segments WHERE id = $1';

/** True while `run` is still the active run (a one-time filter; a stale run answers no rows, and the caller reads the run again). */
const activeRunCheck = (run: string) => `${run}::uuid IS NOT DISTINCT FROM (${ACTIVE_RUN_ID_SQL})`;

/**
 * A candidate's current segment is their assignment in the active run (`run`, its segment ids
 * `segmentIds`): nothing is copied onto candidate rows, so an activation switches every candidate
 * at once. One primary-key probe per listed row into that run's partition. Lists and single reads
 * use this same join, as `seg`.
 */
export const currentSegmentJoin = (run: string, segmentIds: string) =>
  `LEFT JOIN LATERAL (SELECT (${segmentIds}::uuid[])[a.segment_index + 1] AS id, a.distance FROM segment_assignments a` +
  ` WHERE a.run_id = ${run}::uuid AND a.candidate_id = c.id) seg ON true`;

/** One candidate's JSON (CandidateDto) with their current segment ($1: id, $2/$3: the active run and its segment ids). */
export const CANDIDATE_BY_ID_SQL = `SELECT ${CANDIDATE_JSON_SQL} AS json FROM candidates c ${currentSegmentJoin('$2', '$3')} WHERE c.id = $1 AND ${activeRunCheck('$2')}`;

export function parseSort(sort: CandidateSort = '-createdAt'): { key: string; descending: boolean } {
  const descending = sort.startsWith('-');
  return { key: descending ? sort.slice(1) : sort, descending };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `after` is [sortValue, id] from the cursor; the query fetches limit + 1 rows to know if there is more. */
export function buildCandidateListSql(
  filter: CandidateListFilter, sort: CandidateSort | undefined, limit: number, after: [string | number, string] | undefined, scope: ListScope,
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const { key, descending } = parseSort(sort);
  const sortKey = SORT_KEYS[key];
  let [expr, idExpr] = [sortKey.expr('c'), 'c.id'];
  const where: string[] = [];
  let from = 'candidates c';
  if (filter.segmentId) {
    if (!scope.segment) throw new Error('a segment filter needs the segment\'s run and index (ListScope.segment)');
    // A segment of any run, active or not. Every order walks the assignments' (run, index, key, id)
    // index on their copy of the sort key and fetches one page of candidates, whatever the
    // segment's size (sorting on fa's copy: adding fa.created_at = c.created_at to the join makes
    // the planner expect one row and hash everything).
    from += ' JOIN segment_assignments fa ON fa.candidate_id = c.id';
    where.push(`fa.run_id = ${param(scope.segment.runId)}::uuid`, `fa.segment_index = ${param(scope.segment.index)}`);
    [expr, idExpr] = [sortKey.expr('fa'), 'fa.candidate_id'];
  }
  if (filter.country) where.push(`c.country_code = ${param(filter.country)}`);
  if (filter.seekingStatus) where.push(`c.seeking_status = ${param(filter.seekingStatus)}`);
  if (filter.skill?.length) where.push(`c.skills @> ${param(filter.skill.map(normalizeSkill))}::text[]`);
  if (filter.minExperience !== undefined || filter.maxExperience !== undefined) {
    where.push(`COALESCE(c.years_experience, -1) BETWEEN ${param(filter.minExperience ?? 0)} AND ${param(filter.maxExperience ?? 32767)}`);
  }
  const search = filter.q ? `${SEARCH_EXPR} LIKE ${param(`%${escapeLike(filter.q.toLowerCase())}%`)}` : undefined;
  if (search && filter.segmentId) where.push(search);

  if (after) where.push(`(${expr}, ${idExpr}) ${descending ? '<' : '>'} (${param(after[0])}::${sortKey.cast}, ${param(after[1])}::uuid)`);
  const direction = descending ? 'DESC' : 'ASC';
  const order = `ORDER BY ${expr} ${direction}, ${idExpr} ${direction} LIMIT ${param(limit + 1)}`;
  // The page first, then the current segment joined onto its rows only: with the join inside,
  // a text search (no index order to follow) probed the assignments for every match (~0.5 s at 1M).
  const page = search && !filter.segmentId
      ? searchPage(search, where, expr, order, limit + 1, param)
      : `SELECT c.*, ${expr} AS page_key, ${idExpr} AS page_id FROM ${from}` + (where.length ? ` WHERE ${where.join(' AND ')}` : '') + ` ${order}`;
  const columns = `${CANDIDATE_JSON_SQL} AS json, ${cursorValueSql(sortKey, 'c.page_key')} AS "sortValue", c.page_id AS id`;
  const [run, segmentIds] = activeRunValues(scope.activeRun).map(param);
  const text = `SELECT ${columns} FROM (${page}) c ${currentSegmentJoin(run, segmentIds)} WHERE ${activeRunCheck(run)} ORDER BY c.page_key ${direction}, c.page_id ${direction}`;
  return { text, values };
}

/**
 * How far a text search walks the sort order before asking the trigram index, how many matches in
 * that walk make a term common enough to keep walking (share ≥ ~1 %), and how many matches make it
 * too common to sort them all (per page row).
 */
export const SEARCH_WALK_PER_ROW = 10;
export const SEARCH_COMMON_PER_ROW = 0.1;
export const SEARCH_RARE_PER_ROW = 60;

/**
 * A text search's page, bounded whatever the term, in one statement whose branches run in turn
 * (one-time filters, evaluated left to right; a MATERIALIZED set is read only as far as it is scanned):
 * 1. walk the first 10 × page rows of the sort order (under the other filters): a page full of
 *    matches there is the first page overall (terms in over ~10 % of rows: ~500 rows read);
 * 2. if that walk found under a tenth of a page, the term is rarer than ~1 %: read its matches
 *    through the trigram index, stopping at 60 × page; fewer means the term is rare, and sorting
 *    all of its matches is the page ("garcia", 1 236 of 1M);
 * 3. otherwise walk the sort order until the page is full, with the search written so that the
 *    trigram index cannot be used (the walk stops after page / share rows: ≤ ~17 000 for 0.3 %).
 * Step 2 only for terms the first walk found rare: the trigram index's bitmap holds every match
 * before the first is read (60 ms for "ana", 114 000 matches, when the 510 newest rows held 45).
 * The planner cannot choose between walk and trigram index itself: it estimates `LIKE '%term%'`
 * from a 100-entry histogram, so a surname in 0.06 % of 1M rows was estimated at 1 % and walked
 * 88 000 rows (2 s), and with a larger sample a name in 0.1 % still walked 45 000.
 */
function searchPage(search: string, where: string[], expr: string, order: string, pageRows: number, param: (value: unknown) => string): string {
  const walkOrder = order.replace(/LIMIT \$\d+$/, `LIMIT ${param(pageRows * SEARCH_WALK_PER_ROW)}`);
  const [rare, common, full] = [param(pageRows * SEARCH_RARE_PER_ROW), param(Math.ceil(pageRows * SEARCH_COMMON_PER_ROW)), param(pageRows)];
  const filters = (...more: string[]) => (where.length + more.length ? ` WHERE ${[...where, ...more].join(' AND ')}` : '');
  const page = (from: string, condition: string) => `SELECT * FROM (SELECT c.*, ${expr} AS page_key, c.id AS page_id FROM ${from} ${order}) p WHERE ${condition}`;
  const walked = '(SELECT count(*) FROM walk)';
  const rareCount = `(SELECT count(*) FROM (SELECT FROM matches LIMIT ${rare}) m)`;
  return `WITH walk AS MATERIALIZED (SELECT c.*, ${expr} AS page_key, c.id AS page_id FROM (SELECT c.* FROM candidates c${filters()} ${walkOrder}) c WHERE ${search} ${order}),`
    + ` matches AS MATERIALIZED (SELECT c.* FROM candidates c${filters(search)})`
    + ` SELECT * FROM walk WHERE ${walked} >= ${full}`
    + ` UNION ALL ${page('matches c', `${walked} < ${common} AND ${rareCount} < ${rare}`)}`
    + ` UNION ALL ${page(`candidates c${filters(search.replace(SEARCH_EXPR, `(${SEARCH_EXPR} || '')`))}`, `${walked} < ${full} AND (${walked} >= ${common} OR ${rareCount} >= ${rare})`)}`;
}
