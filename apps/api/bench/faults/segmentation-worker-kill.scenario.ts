import { Client } from 'pg';
import { ensureDatabase, runMigrations } from '../../src/database/migrate';
import { seedDemoData } from '../../src/seed/demo-data';
import { within } from '../../test/private-redis';
import { PrivateRedis } from '../../test/support/redis-server';
import { benchApp, benchToken } from '../bench-support';
import { faultDatabaseUrl, seconds, sleep, waitUntil } from './fault-database';
import type { FaultOutcome, FaultScenario } from './fault-scenario';
import { WorkerProcess } from './worker-process';

const CANDIDATES = Number(process.env.BENCH_KILL_CANDIDATES ?? 50_000);
/** The run phase during which the worker is killed (write: while its assignments are being copied). */
const KILL_PHASE = process.env.BENCH_KILL_PHASE ?? 'write';
const TIMEOUT_MS = 8 * 60_000;

interface RunRow {
  status: string;
  phase: string | null;
  k: number | null;
}

/**
 * A segmentation run over CANDIDATES candidates, requested through the HTTP API (APP_ROLE=api, in
 * this process) and run by a worker process on a private redis-server and its own database. When
 * the run reaches KILL_PHASE the worker is SIGKILLed and a new one starts. Counted from the
 * database: the run's final status, assignments against candidates (every candidate once, no
 * duplicates), its segments, and the time from the kill until the run succeeded. The segmentation
 * queue's job lock (2 min) decides most of that time: a job is handed out again only once the dead
 * worker's lock has expired.
 */
async function segmentationWithWorkerKilled(): Promise<FaultOutcome> {
  const databaseUrl = faultDatabaseUrl('faults_segmentation');
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  await ensurePool(databaseUrl);
  const redis = await PrivateRedis.start();
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, QUEUE_PREFIX: 'adflux_faults_segmentation' };
  const { app, db, url } = await benchApp({ ...env, APP_ROLE: 'api' });
  const workers: WorkerProcess[] = [];
  try {
    await db.query(`TRUNCATE segmentation_runs, segment_assignments CASCADE`);
    const headers = { Authorization: `Bearer ${await benchToken(db)}`, 'Content-Type': 'application/json' };
    workers.push(WorkerProcess.start(env));
    const started = performance.now();
    const res = await fetch(`${url}/api/segmentation-runs`, { method: 'POST', headers, body: JSON.stringify({ k: 8 }) });
    if (res.status !== 202) throw new Error(`POST /api/segmentation-runs → ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const run = async (): Promise<RunRow> => (await db.query(`SELECT status, phase, k FROM segmentation_runs WHERE id = $1`, [id]))[0];

    const reached = await waitUntil(async () => {
      const r = await run();
      return r.phase === KILL_PHASE || r.status !== 'queued' && r.status !== 'running';
    }, TIMEOUT_MS, 20);
    await workers[0].crash();
    const killed = performance.now();
    const atKill = await run();
    workers.push(WorkerProcess.start(env));
    const settled = await waitUntil(async () => !['queued', 'running'].includes((await run()).status), TIMEOUT_MS, 250);
    const recovered = performance.now();

    const final = await run();
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM segment_assignments WHERE run_id = $1) AS assignments,
              (SELECT count(DISTINCT candidate_id)::int FROM segment_assignments WHERE run_id = $1) AS assigned,
              (SELECT count(*)::int FROM candidates c WHERE NOT EXISTS (SELECT FROM segment_assignments a WHERE a.run_id = $1 AND a.candidate_id = c.id)) AS unassigned,
              (SELECT count(*)::int FROM segments WHERE run_id = $1) AS segments,
              (SELECT coalesce(sum(size), 0)::int FROM segments WHERE run_id = $1) AS segment_sizes`,
      [id],
    );
    const duplicates = counts.assignments - counts.assigned;
    const midway = reached && atKill.status === 'running' && atKill.phase === KILL_PHASE;
    return {
      figures: [
        ['fault', midway ? `worker (pid ${workers[0].pid}) SIGKILLed in phase ${KILL_PHASE} of a ${CANDIDATES.toLocaleString('en')}-candidate run; a new worker started at once` : `the run was ${atKill.status}/${atKill.phase} when the worker was killed: not mid-way`],
        ['final status', `${final.status}${settled ? '' : ' (TIMED OUT)'}, k = ${final.k}, ${counts.segments} segments`],
        ['assignments', `${counts.assignments} for ${CANDIDATES} candidates; unassigned ${counts.unassigned}; segment sizes add up to ${counts.segment_sizes}`],
        ['duplicate assignments', duplicates],
        ['time to recover (kill → run succeeded)', seconds(recovered - killed)],
        ['whole run (request → succeeded)', seconds(recovered - started)],
      ],
      ok: midway && final.status === 'succeeded' && duplicates === 0 && counts.unassigned === 0 && counts.assignments === CANDIDATES
        && counts.segment_sizes === CANDIDATES && counts.segments === final.k,
    };
  } finally {
    for (const worker of workers) await worker.crash();
    await within(app.close(), 10_000);
    await sleep(100);
    await redis.kill();
  }
}

/** Exactly CANDIDATES synthetic candidates (kept between runs: seeding is the slow part). */
async function ensurePool(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ n }] = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM candidates')).rows;
    if (n === CANDIDATES) return;
    await client.query('TRUNCATE candidates CASCADE');
    await seedDemoData(client, { candidates: CANDIDATES, jobs: 0, seed: 1111 });
    await client.query('VACUUM (ANALYZE) candidates');
  } finally {
    await client.end();
  }
}

export const segmentationWorkerKill: FaultScenario = {
  name: 'segmentation-worker-kill',
  description: `segmentation run over ${CANDIDATES.toLocaleString('en')} candidates, its worker SIGKILLed in phase ${KILL_PHASE}; a new worker finishes it`,
  run: segmentationWithWorkerKilled,
};
