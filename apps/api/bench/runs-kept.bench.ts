import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { ACTIVE_RUN_SQL, ActiveRun, buildCandidateListSql } from '../src/candidates/candidate-list.sql';
import { SortKeysTriggerPrunesRuns1796418000000 } from '../src/database/migrations/1796418000000-sort-keys-trigger-prunes-runs';
import { resetDatabase } from '../src/database/migrate';
import { assignmentPartition } from '../src/segments/assignments/segment-assignments.repository';
import { BENCH_ENV } from './bench-support';
import { percentile } from './list-latency';

/**
 * Every segmentation run keeps its own partition of segment_assignments. This bench keeps 1, 10,
 * 50 and 200 runs and measures, on one connection, the two statements that touch the active run on
 * every request: the candidate list (country=ES, newest first, with each row's current segment)
 * and a one-row candidate UPDATE (the sort-key trigger). Each is measured as it is now (the run
 * as a value: partitions pruned while planning) and as it was (the run as a subquery or a join).
 */
const CANDIDATES = 20_000;
const RUNS_KEPT = [1, 10, 50, 200];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARM_UP = 20;
const DATABASE_URL = BENCH_ENV.DATABASE_URL.replace(/\/([^/?]+)(\?|$)/, '/$1_runs$2');

async function main(): Promise<void> {
  await resetDatabase(DATABASE_URL);
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO candidates (full_name, email, country_code, years_experience)
       SELECT 'Person ' || i, 'person' || i || '@example.com', (ARRAY['ES', 'DE', 'US', 'FR'])[1 + i % 4], i % 30 FROM generate_series(1, $1) i`,
      [CANDIDATES],
    );
    const asQueryRunner = { query: (sql: string) => db.query(sql) } as unknown as QueryRunner;
    const trigger = new SortKeysTriggerPrunesRuns1796418000000();
    const candidate = (await db.query<{ id: string }>('SELECT id FROM candidates LIMIT 1')).rows[0].id;
    console.log(`${CANDIDATES.toLocaleString('en')} candidates; ${SAMPLES} samples per figure after ${WARM_UP} warm-up, one connection (p50 / p99 ms)`);
    console.log(`  ${'runs kept'.padEnd(10)} ${'list before'.padStart(16)} ${'list now'.padStart(16)} ${'UPDATE before'.padStart(16)} ${'UPDATE now'.padStart(16)}`);
    let kept = 0;
    for (const target of RUNS_KEPT) {
      for (; kept < target; kept++) await addRun(db);
      await db.query('ANALYZE');
      const activeRun = (await db.query<ActiveRun>(ACTIVE_RUN_SQL)).rows[0];
      const now = buildCandidateListSql({ country: 'ES' }, undefined, 50, undefined, { activeRun });
      const before = asRunSubquery(now.text, now.values.length - 1);
      const update = () => db.query('UPDATE candidates SET years_experience = (years_experience + 1) % 30 WHERE id = $1', [candidate]);
      const listBefore = await timed(() => db.query(before, now.values.slice(0, -2)));
      const listNow = await timed(() => db.query(now.text, now.values));
      await trigger.down(asQueryRunner);
      const updateBefore = await timed(update);
      await trigger.up(asQueryRunner);
      const updateNow = await timed(update);
      console.log(`  ${String(target).padEnd(10)} ${[listBefore, listNow, updateBefore, updateNow].map((t) => t.padStart(16)).join(' ')}`);
    }
  } finally {
    await db.end();
  }
}

/** A succeeded run, made the active one, with its partition and every candidate assigned. */
async function addRun(db: Client): Promise<void> {
  await db.query('UPDATE segmentation_runs SET active = false WHERE active');
  const runId = (await db.query<{ id: string }>(`INSERT INTO segmentation_runs (status, parameters, progress, k, active) VALUES ('succeeded', '{}', 100, 4, true) RETURNING id`)).rows[0].id;
  await db.query(`INSERT INTO segments (run_id, index, name, description, generated_name, profile, size, share)
                  SELECT $1, i, 'Segment ' || i, '', 'Segment ' || i, '{}', 0, 0 FROM generate_series(0, 3) i`, [runId]);
  await db.query(`CREATE TABLE ${assignmentPartition(runId)} PARTITION OF segment_assignments FOR VALUES IN ('${runId}')`);
  await db.query(
    `INSERT INTO segment_assignments (run_id, candidate_id, segment_index, distance, created_at, full_name, updated_at, years_experience)
     SELECT $1, id, abs(hashtext(id::text)) % 4, 0.5, created_at, full_name, updated_at, years_experience FROM candidates`,
    [runId],
  );
}

/** The list as it was before the active run became a value: a subquery in the join to `segments`, no check. */
function asRunSubquery(text: string, runParam: number): string {
  const old = text
    .replace(`(SELECT ($${runParam + 1}::uuid[])[a.segment_index + 1] AS id, a.distance FROM segment_assignments a`,
      '(SELECT s.id, a.distance FROM segment_assignments a JOIN segments s ON s.run_id = a.run_id AND s.index = a.segment_index')
    .replace(`a.run_id = $${runParam}::uuid`, 'a.run_id = (SELECT id FROM segmentation_runs WHERE active)')
    .replace(` WHERE $${runParam}::uuid IS NOT DISTINCT FROM (SELECT id FROM segmentation_runs WHERE active)`, '');
  if (old.includes(`$${runParam}`)) throw new Error('the list SQL changed shape: update asRunSubquery');
  return old;
}

async function timed(run: () => Promise<unknown>): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const started = performance.now();
    await run();
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  return `${percentile(times, 50).toFixed(2)} / ${percentile(times, 99).toFixed(2)}`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
