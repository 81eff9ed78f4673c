import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, runMigrations } from '../../src/database/migrate';
import { writeCandidateCsv } from '../../test/support/candidate-csv';
import { readImport } from '../../test/support/import-row';
import { PrivateRedis } from '../../test/support/redis-server';
import { TcpProxy } from '../../test/support/tcp-proxy';
import { within } from '../../test/private-redis';
import { benchApp, benchToken } from '../bench-support';
import { faultDatabaseUrl } from './fault-database';
import type { FaultOutcome, FaultScenario } from './fault-scenario';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
/** Where the fault strikes: after this many rows are committed. */
const CUT_AT = Number(process.env.BENCH_IMPORT_CUT_AT ?? 15_000);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 3000);
const DATABASE_URL = faultDatabaseUrl('faults_import');
const TIMEOUT_MS = 5 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Fault = 'redis' | 'postgres';

/**
 * A ROWS-row CSV import through the HTTP API and the Bull worker (one process, APP_ROLE=all) on a
 * private redis-server and, through a TCP proxy, on its own database. At CUT_AT committed rows
 * the fault strikes for OUTAGE_MS: Redis SIGKILLed and started again empty, or every PostgreSQL
 * connection dropped and refused. Counted from the database directly: rows written, lost, written
 * twice (a second write of a row shows as updated/unchanged), and the time from the end of the
 * outage until the import completed.
 */
async function importUnderFault(fault: Fault): Promise<FaultOutcome> {
  await ensureDatabase(DATABASE_URL);
  await runMigrations(DATABASE_URL);
  const redis = await PrivateRedis.start();
  const target = new URL(DATABASE_URL);
  const proxy = await TcpProxy.listen(target.hostname, Number(target.port || 5432));
  const work = mkdtempSync(join(tmpdir(), 'adflux-import-faults-'));
  const file = join(work, 'people.csv');
  writeCandidateCsv(file, ROWS, `fault-${fault}`);
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  // CASCADE: applications and demographics reference candidates (this database is the scenario's own).
  await db.query('TRUNCATE candidates, candidate_imports, candidate_import_rejections, api_tokens CASCADE');
  const { app, db: appDb, url } = await benchApp({
    APP_ROLE: 'all', DATABASE_URL: proxy.rewrite(DATABASE_URL), REDIS_URL: redis.url, QUEUE_PREFIX: 'adflux_bench_faults',
    UPLOAD_DIR: join(work, 'uploads'), CANDIDATE_IMPORT_BATCH_SIZE: process.env.BENCH_IMPORT_BATCH ?? '2000',
  });
  try {
    const token = await benchToken(appDb);
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), 'people.csv');
    const started = performance.now();
    const res = await fetch(`${url}/api/candidates/imports`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const row = () => readImport(db, id);

    while ((await row()).rows_processed < CUT_AT) await sleep(20);
    const cutAt = (await row()).rows_processed;
    if (fault === 'redis') await redis.kill();
    else proxy.cut();
    await sleep(OUTAGE_MS);
    const duringOutage = (await row()).rows_processed;
    if (fault === 'redis') await redis.restart();
    else proxy.restore();
    const restored = performance.now();

    let final = await row();
    while (final.status !== 'completed' && final.status !== 'failed' && performance.now() - restored < TIMEOUT_MS) {
      await sleep(50);
      final = await row();
    }
    const finished = performance.now();
    const [{ written, distinct }] = (await db.query<{ written: number; distinct: number }>(
      `SELECT count(*)::int AS written, count(DISTINCT lower(email))::int AS distinct FROM candidates WHERE email LIKE $1`, [`fault-${fault}-%`],
    )).rows;
    const twice = final.updated_count + final.unchanged_count + (written - distinct);
    const lost = ROWS - distinct;
    return {
      figures: [
        ['fault', fault === 'redis' ? `redis-server SIGKILLed at row ${cutAt}, restarted empty after ${OUTAGE_MS} ms` : `every PostgreSQL connection cut at row ${cutAt} for ${OUTAGE_MS} ms`],
        ['rows committed during the outage', duringOutage - cutAt],
        ['final status', final.status],
        ['rows written', written],
        ['rows lost', lost],
        ['duplicates (rows written twice)', twice],
        ['time to recover (end of outage → import completed)', `${((finished - restored) / 1000).toFixed(1)} s`],
        ['whole import', `${((finished - started) / 1000).toFixed(1)} s`],
      ],
      ok: final.status === 'completed' && lost === 0 && twice === 0 && final.created_count === ROWS,
    };
  } finally {
    await within(app.close(), 10_000);
    await db.end();
    await proxy.close();
    await redis.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

export const importWithRedisKilled: FaultScenario = {
  name: 'import-redis-kill',
  description: `${ROWS.toLocaleString('en')}-row CSV import, Redis killed mid-way and restarted empty`,
  run: () => importUnderFault('redis'),
};

export const importWithPostgresCut: FaultScenario = {
  name: 'import-postgres-cut',
  description: `${ROWS.toLocaleString('en')}-row CSV import, PostgreSQL connections cut mid-way (TCP proxy)`,
  run: () => importUnderFault('postgres'),
};
