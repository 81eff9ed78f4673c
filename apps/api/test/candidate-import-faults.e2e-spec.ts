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
import { createTestApp, expectProblem, loginAs, redisReady, resetState, Session, TestApp } from './harness';
import { within } from './private-redis';
import { writeCandidateCsv } from './support/candidate-csv';
import { readImport as importRow } from './support/import-row';
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

interface ImportApp {
  t: TestApp;
  db: Client;
  recruiter: Session;
  file: string;
}

/** The app under test (its env from `setup`), a direct database client and a fresh recruiter per test. */
function importApp(setup: () => Promise<Record<string, string>>, teardown: () => Promise<unknown>): ImportApp {
  const ctx = {} as ImportApp;
  beforeAll(async () => {
    ctx.file = join(mkdtempSync(join(tmpdir(), 'import-faults-')), 'people.csv');
    writeCandidateCsv(ctx.file, ROWS);
    ctx.t = await createTestApp({ CANDIDATE_IMPORT_BATCH_SIZE: BATCH, ...(await setup()) });
    ctx.db = new Client({ connectionString: TEST_ENV.DATABASE_URL });
    await ctx.db.connect();
  });
  beforeEach(async () => {
    await resetState(ctx.t.dataSource);
    // A previous test may have restarted Redis: sign-in needs it (503 while the app's client reconnects).
    await redisReady(ctx.t);
    ctx.recruiter = await loginAs(ctx.t, 'recruiter');
  });
  afterAll(async () => {
    await ctx.db?.end();
    await within(ctx.t?.close(), 10_000);
    await teardown();
  });
  return ctx;
}

describe('candidate import when Redis goes away (integration)', () => {
  let redis: PrivateRedis;
  const uploadDir = mkdtempSync(join(tmpdir(), 'import-faults-uploads-'));
  const ctx = importApp(async () => {
    redis = await PrivateRedis.start();
    return { REDIS_URL: redis.url, UPLOAD_DIR: uploadDir };
  }, () => redis?.kill());

  const queueStatus = () => ctx.t.app.get<Queue>(getQueueToken(CANDIDATE_IMPORT_QUEUE)).client.status;
  const queueReady = () => waitFor('the queue to reconnect', async () => (queueStatus() === 'ready' ? true : undefined));

  it('an upload while Redis is down answers 503 problem+json with Retry-After within 2 s and leaves no file', async () => {
    await redis.kill();
    await waitFor('the queue to notice', async () => (queueStatus() !== 'ready' ? true : undefined));
    const started = Date.now();
    const res = await upload(ctx.t, ctx.recruiter, ctx.file);
    expect(Date.now() - started).toBeLessThan(2000);
    expectProblem(res, 503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(readdirSync(uploadDir)).toEqual([]);
    expect((await ctx.db.query('SELECT count(*)::int AS n FROM candidate_imports')).rows[0].n).toBe(0);
    await redis.restart();
    await queueReady();
  });

  it('Redis killed mid-import and restarted empty: the import finishes and writes every row once', async () => {
    const res = await upload(ctx.t, ctx.recruiter, ctx.file).expect(202);
    await waitFor('the first batches', async () => ((await importRow(ctx.db, res.body.id)).rows_processed >= 300 ? true : undefined));
    await redis.kill();
    await sleep(500);
    await redis.restart();
    await queueReady();
    // The reconciler's tick: the job vanished with Redis; re-queueing it never doubles the running import.
    await ctx.t.app.get(CandidateImportReconciler).run({ idleMs: 0 });
    await expectEveryRowOnce(ctx.db, res.body.id);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('an import whose job was lost before it ran is re-queued by the reconciler and resumes', async () => {
    // The state a Redis crash leaves behind: the row says queued, Redis knows nothing.
    const stored = join(uploadDir, 'lost.csv');
    writeCandidateCsv(stored, ROWS);
    const lost = await ctx.t.app.get(CandidateImportsRepository).createQueued({ fileName: 'lost.csv', filePath: stored, fileSize: 1, createdBy: null, options: {} });
    const reconciler = ctx.t.app.get(CandidateImportReconciler);
    expect(await reconciler.run({ idleMs: 60_000 })).toEqual({ enqueued: 0, live: 0 }); // still fresh: its request may be enqueueing it
    expect((await reconciler.run({ idleMs: 0 })).enqueued).toBe(1);
    await expectEveryRowOnce(ctx.db, lost.id);
    expect(await reconciler.run({ idleMs: 0 })).toEqual({ enqueued: 0, live: 0 });
  });
});

describe('candidate import when the PostgreSQL connection is cut (integration)', () => {
  let proxy: TcpProxy;
  const ctx = importApp(async () => {
    const target = new URL(TEST_ENV.DATABASE_URL);
    proxy = await TcpProxy.listen(target.hostname, Number(target.port || 5432));
    return { DATABASE_URL: proxy.rewrite(TEST_ENV.DATABASE_URL), UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'import-faults-uploads-')) };
  }, () => proxy?.close());

  it('cut mid-import: the process survives, the job retries and completes after restore with every row once', async () => {
    const res = await upload(ctx.t, ctx.recruiter, ctx.file).expect(202);
    await waitFor('the first batches', async () => ((await importRow(ctx.db, res.body.id)).rows_processed >= 300 ? true : undefined));
    proxy.cut();
    await sleep(1500);
    proxy.restore();
    await expectEveryRowOnce(ctx.db, res.body.id);
  });
});
