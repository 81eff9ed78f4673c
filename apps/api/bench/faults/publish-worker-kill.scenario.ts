import { seedSandboxConnection } from '../../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../../src/config/app-config';
import { ensureDatabase, runMigrations } from '../../src/database/migrate';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from '../../test/fixtures/campaign-fixtures';
import { within } from '../../test/private-redis';
import { PrivateRedis } from '../../test/support/redis-server';
import { benchApp, benchToken } from '../bench-support';
import { faultDatabaseUrl, seconds, sleep, waitUntil } from './fault-database';
import type { FaultOutcome, FaultScenario } from './fault-scenario';
import { countSandboxObjects } from './sandbox-duplicates';
import { WorkerProcess } from './worker-process';

const PUBLICATIONS = Number(process.env.BENCH_KILL_PUBLICATIONS ?? 100);
/** The worker is killed once this share of the publications is active. */
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 0.3);
const TIMEOUT_MS = 5 * 60_000;

/**
 * PUBLICATIONS sandbox campaigns published through the HTTP API (APP_ROLE=api, in this process) and
 * one worker process (APP_ROLE=worker) on a private redis-server and their own database. Once
 * KILL_AT of them are active the worker is SIGKILLed with jobs in flight, and a new worker starts.
 * Counted from the database: final statuses, platform objects against the publications (0
 * duplicates), and the time from the kill until every publication was active.
 */
async function publishWithWorkerKilled(): Promise<FaultOutcome> {
  const databaseUrl = faultDatabaseUrl('faults_worker');
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  const redis = await PrivateRedis.start();
  // The sandbox applies the employment-ad https rule to the tracking link.
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, QUEUE_PREFIX: 'adflux_faults_worker', PUBLIC_BASE_URL: 'https://ads.adflux.bench' };
  const { app, db, url } = await benchApp({ ...env, APP_ROLE: 'api' });
  const workers: WorkerProcess[] = [];
  try {
    await db.query(`TRUNCATE campaigns, jobs, sandbox_objects, segmentation_runs RESTART IDENTITY CASCADE`);
    await seedSandboxConnection(db, appConfig());
    const [{ id: connectionId }] = await db.query(`SELECT id FROM platform_connections WHERE kind = 'sandbox' ORDER BY created_at LIMIT 1`);
    const jobId = await insertOpenJob(db);
    const segmentIds = await insertActiveSegments(db, [segmentProfile('Nurses', { size: 20_000 })]);
    const headers = { Authorization: `Bearer ${await benchToken(db)}`, 'Content-Type': 'application/json' };
    const post = async (path: string, body: unknown, expected: number) => {
      const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status !== expected) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: string }>;
    };
    const ids: string[] = [];
    for (let i = 0; i < PUBLICATIONS; i++) ids.push((await post('/api/campaigns', campaignBody(jobId, segmentIds, [connectionId], { name: `Worker kill ${i}` }), 201)).id);
    for (const id of ids) await post(`/api/campaigns/${id}/publish`, {}, 202);

    const count = async (statuses: string[]) => (await db.query(`SELECT count(*)::int AS n FROM campaign_publications WHERE status = ANY($1)`, [statuses]))[0].n as number;
    workers.push(WorkerProcess.start(env));
    const started = performance.now();
    if (!(await waitUntil(async () => (await count(['active'])) >= PUBLICATIONS * KILL_AT, TIMEOUT_MS, 20))) throw new Error('the first worker never got going');
    await workers[0].crash();
    const killed = performance.now();
    const [activeAtKill, inFlightAtKill] = [await count(['active']), await count(['publishing'])];
    workers.push(WorkerProcess.start(env));
    const settled = await waitUntil(async () => (await count(['queued', 'publishing'])) === 0, TIMEOUT_MS, 100);
    const recovered = performance.now();

    const statuses = await db.query(`SELECT status, count(*)::int AS n FROM campaign_publications GROUP BY status ORDER BY status`);
    const active = statuses.find((s: { status: string }) => s.status === 'active')?.n ?? 0;
    const objects = await countSandboxObjects(db);
    return {
      figures: [
        ['fault', `worker (pid ${workers[0].pid}) SIGKILLed with ${activeAtKill} of ${PUBLICATIONS} active and ${inFlightAtKill} publishing; a new worker started at once`],
        ['final statuses', statuses.map((s: { status: string; n: number }) => `${s.status} ${s.n}`).join(', ') + (settled ? '' : ' (TIMED OUT)')],
        ['platform objects', `${objects.total} for ${PUBLICATIONS} publications × 3 steps`],
        ['duplicate platform objects', `${objects.duplicates} (extra ${objects.extra}, unrecorded ${objects.orphans})`],
        ['time to recover (kill → every publication active)', seconds(recovered - killed)],
        ['whole run (first worker start → all active)', seconds(recovered - started)],
      ],
      ok: settled && activeAtKill < PUBLICATIONS && active === PUBLICATIONS && objects.duplicates === 0 && objects.total === PUBLICATIONS * 3,
    };
  } finally {
    for (const worker of workers) await worker.crash();
    await within(app.close(), 10_000);
    await sleep(100);
    await redis.kill();
  }
}

export const publishWorkerKill: FaultScenario = {
  name: 'publish-worker-kill',
  description: `${PUBLICATIONS} sandbox campaigns published by a worker process that is SIGKILLed mid-way; a new worker finishes`,
  run: publishWithWorkerKilled,
};
