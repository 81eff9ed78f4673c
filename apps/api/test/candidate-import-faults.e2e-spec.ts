import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { Client } from 'pg';
import request from 'supertest';
import { CANDIDATE_IMPORT_QUEUE } from '../src/candidates/imports/candidate-import.queue';
import { CandidateImportReconciler } from '../src/candidates/imports/candidate-import.reconciler';
import { CandidateImportsRepository } from '../src/candidates/imports/candidate-imports.repository';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { writeCandidateCsv } from './support/candidate-csv';
import { PrivateRedis } from './support/redis-server';
import { TcpProxy } from './support/tcp-proxy';
import { TEST_ENV } from './test-env';

jest.setTimeout(120_000);

/**
 * Issue 11.1 / 11.2 at small size: a CSV import survives Redis being killed (and coming back
 * empty) and the PostgreSQL connection being cut mid-import; every row is written exactly once.
 * Redis is a private redis-server this test kills; PostgreSQL is reached through a TCP proxy it cuts.
 */
const ROWS = 3000;
const BATCH = '100';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ImportRow {
  status: string;
  rows_processed: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  rejected_count: number;
  file_path: string;
}

/** Reads the database directly (not through the app, whose connections a test may cut). */
async function importRow(db: Client, id: string): Promise<ImportRow> {
  return (await db.query<ImportRow>('SELECT * FROM candidate_imports WHERE id = $1', [id])).rows[0];
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function upload(t: TestApp, s: Session, path: string) {
  return request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).attach('file', path, 'people.csv');
}

/** Every row once: all created, none written a second time (a re-write would count as updated or unchanged). */
async function expectEveryRowOnce(db: Client, id: string): Promise<void> {
  const done = await waitFor('the import to complete', async () => {
    const row = await importRow(db, id);
    return row.status === 'completed' || row.status === 'failed' ? row : undefined;
  });
  expect(done).toMatchObject({ status: 'completed', rows_processed: ROWS, created_count: ROWS, updated_count: 0, unchanged_count: 0, rejected_count: 0 });
  const [{ n, distinct }] = (await db.query("SELECT count(*)::int AS n, count(DISTINCT email)::int AS distinct FROM candidates WHERE email LIKE 'c-%'")).rows;
  expect({ n, distinct }).toEqual({ n: ROWS, distinct: ROWS });
}

describe('candidate import when Redis goes away (integration)', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let db: Client;
  let recruiter: Session;
  let uploadDir: string;
  let file: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    uploadDir = mkdtempSync(join(tmpdir(), 'import-faults-uploads-'));
    file = join(mkdtempSync(join(tmpdir(), 'import-faults-')), 'people.csv');
    writeCandidateCsv(file, ROWS);
    t = await createTestApp({ REDIS_URL: redis.url, UPLOAD_DIR: uploadDir, CANDIDATE_IMPORT_BATCH_SIZE: BATCH });
    db = new Client({ connectionString: TEST_ENV.DATABASE_URL });
    await db.connect();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(async () => {
    await db?.end();
    await Promise.race([t?.close(), sleep(10_000)]);
    await redis?.kill();
  });

  const queueReady = () => waitFor('the queue to reconnect', async () => (t.app.get<Queue>(getQueueToken(CANDIDATE_IMPORT_QUEUE)).client.status === 'ready' ? true : undefined));

  it('an upload while Redis is down answers 503 problem+json with Retry-After within 2 s and leaves no file', async () => {
    await redis.kill();
    await waitFor('the queue to notice', async () => (t.app.get<Queue>(getQueueToken(CANDIDATE_IMPORT_QUEUE)).client.status !== 'ready' ? true : undefined));
    const started = Date.now();
    const res = await upload(t, recruiter, file);
    expect(Date.now() - started).toBeLessThan(2000);
    expectProblem(res, 503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(readdirSync(uploadDir)).toEqual([]);
    expect((await db.query('SELECT count(*)::int AS n FROM candidate_imports')).rows[0].n).toBe(0);
    await redis.restart();
    await queueReady();
  });

  it('Redis killed mid-import and restarted empty: the import finishes and writes every row once', async () => {
    const res = await upload(t, recruiter, file).expect(202);
    await waitFor('the first batches', async () => ((await importRow(db, res.body.id)).rows_processed >= 300 ? true : undefined));
    await redis.kill();
    await sleep(500);
    await redis.restart();
    await queueReady();
    // The reconciler's tick: the job vanished with Redis; re-queueing it never doubles the running import.
    await t.app.get(CandidateImportReconciler).run({ idleMs: 0 });
    await expectEveryRowOnce(db, res.body.id);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('an import whose job was lost before it ran is re-queued by the reconciler and resumes', async () => {
    // The state a Redis crash leaves behind: the row says queued, Redis knows nothing.
    const stored = join(uploadDir, 'lost.csv');
    writeCandidateCsv(stored, ROWS);
    const lost = await t.app.get(CandidateImportsRepository).createQueued({ fileName: 'lost.csv', filePath: stored, fileSize: 1, createdBy: null });
    const reconciler = t.app.get(CandidateImportReconciler);
    expect(await reconciler.run({ idleMs: 60_000 })).toEqual({ enqueued: 0, live: 0 }); // still fresh: its request may be enqueueing it
    expect((await reconciler.run({ idleMs: 0 })).enqueued).toBe(1);
    await expectEveryRowOnce(db, lost.id);
    expect(await reconciler.run({ idleMs: 0 })).toEqual({ enqueued: 0, live: 0 });
  });
});

describe('candidate import when the PostgreSQL connection is cut (integration)', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let db: Client;
  let recruiter: Session;
  let file: string;

  beforeAll(async () => {
    const target = new URL(TEST_ENV.DATABASE_URL);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    file = join(mkdtempSync(join(tmpdir(), 'import-faults-')), 'people.csv');
    writeCandidateCsv(file, ROWS);
    t = await createTestApp({
      DATABASE_URL: proxy.rewrite(TEST_ENV.DATABASE_URL), UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'import-faults-uploads-')), CANDIDATE_IMPORT_BATCH_SIZE: BATCH,
    });
    db = new Client({ connectionString: TEST_ENV.DATABASE_URL });
    await db.connect();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(async () => {
    await db?.end();
    await Promise.race([t?.close(), sleep(10_000)]);
    await proxy?.close();
  });

  it('cut mid-import: the process survives, the job retries and completes after restore with every row once', async () => {
    const res = await upload(t, recruiter, file).expect(202);
    await waitFor('the first batches', async () => ((await importRow(db, res.body.id)).rows_processed >= 300 ? true : undefined));
    proxy.cut();
    await sleep(1500);
    proxy.restore();
    await expectEveryRowOnce(db, res.body.id);
  });
});
