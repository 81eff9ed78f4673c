import { createServer } from 'node:http';
import { Pool } from 'pg';
import { CandidatePageRow, candidatePageJson } from '../src/candidates/candidate-json.sql';
import { ACTIVE_RUN_SQL, ActiveRun, SEGMENT_RUN_SQL, buildCandidateListSql, CandidateListFilter, CandidateSort, ListScope } from '../src/candidates/candidate-list.sql';

/**
 * The baseline of candidates-list.bench.ts: node:http + pg, no framework, no auth, running the
 * very same SQL (buildCandidateListSql) and the same body (candidatePageJson). Pool size as TypeORM's (20).
 * Its scope (active run, a segment's run) is read once, as the app's repository keeps it between requests.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'adflux-bare-bench' });
let activeRun: Promise<ActiveRun | null> | undefined;
const segmentRuns = new Map<string, Promise<ListScope['segment']>>();

async function scopeOf(segmentId: string | undefined): Promise<ListScope> {
  activeRun ??= pool.query<ActiveRun>(ACTIVE_RUN_SQL).then(({ rows }) => rows[0] ?? null);
  if (segmentId && !segmentRuns.has(segmentId)) {
    segmentRuns.set(segmentId, pool.query(SEGMENT_RUN_SQL, [segmentId]).then(({ rows }) => rows[0]));
  }
  return { activeRun: await activeRun, segment: segmentId ? await segmentRuns.get(segmentId) : undefined };
}

const server = createServer((req, res) => {
  const params = new URL(req.url ?? '/', 'http://bench').searchParams;
  const limit = Number(params.get('limit') ?? 50);
  const sort = (params.get('sort') ?? '-createdAt') as CandidateSort;
  const filter: CandidateListFilter = {
    country: params.get('country') ?? undefined,
    segmentId: params.get('segmentId') ?? undefined,
    seekingStatus: params.get('seekingStatus') ?? undefined,
    skill: params.getAll('skill').length ? params.getAll('skill') : undefined,
    q: params.get('q') ?? undefined,
    minExperience: params.has('minExperience') ? Number(params.get('minExperience')) : undefined,
    maxExperience: params.has('maxExperience') ? Number(params.get('maxExperience')) : undefined,
  };
  scopeOf(filter.segmentId)
    .then((scope) => {
      const { text, values } = buildCandidateListSql(filter, sort, limit, undefined, scope);
      return pool.query<CandidatePageRow>(text, values);
    })
    .then(
    ({ rows }) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(candidatePageJson(rows, limit, sort));
    },
    (error: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error.message);
    },
  );
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
