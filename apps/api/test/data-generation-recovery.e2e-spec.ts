import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { DATA_GENERATION_QUEUE } from '../src/data-generation/data-generation.queue';
import { DataGenerationReconciler } from '../src/data-generation/data-generation.reconciler';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';
import { waitFor } from './fixtures/wait-for';

jest.setTimeout(90_000);

describe('data generation recovery: the reconciler re-queues runs without a live job (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let queue: Queue;
  let reconciler: DataGenerationReconciler;

  const run = async (id: string) => (await recruiter.get(`/api/data-generation/${id}`).expect(200)).body;
  const finished = (id: string) => waitFor(`run ${id}`, async () => { const r = await run(id); return r.status === 'completed' || r.status === 'failed' ? r : null; });
  const counts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM jobs)::int AS jobs, (SELECT count(*) FROM candidates)::int AS candidates`))[0];

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(DATA_GENERATION_QUEUE));
    reconciler = t.app.get(DataGenerationReconciler);
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterEach(async () => {
    await queue.resume();
    await t.dataSource.query(`DROP TRIGGER IF EXISTS simulated_outage ON candidates; DROP FUNCTION IF EXISTS simulated_outage()`);
  });
  afterAll(() => t.close());

  it('a queued run whose job Redis lost is enqueued again and completes once', async () => {
    await queue.pause(); // the job waits instead of running, so the test can lose it
    const { body } = await recruiter.post('/api/data-generation', { jobs: 10, candidates: 300, seed: 5 }).expect(202);
    expect(await reconciler.run({ graceMs: 0 })).toEqual({ enqueued: 0, live: 1 }); // a waiting job is left alone
    await (await queue.getJob(body.id))!.remove();
    await queue.resume();
    expect(await reconciler.run({ graceMs: 0 })).toEqual({ enqueued: 1, live: 0 });
    expect(await reconciler.run({ graceMs: 0 })).toMatchObject({ enqueued: 0 }); // the second pass finds it live (or done)
    expect(await finished(body.id)).toMatchObject({ status: 'completed', created: { jobs: 10, candidates: 300 }, processed: { jobs: 10, candidates: 300 } });
    expect(await counts()).toEqual({ jobs: 10, candidates: 300 });
  });

  it('a run interrupted mid-way resumes from its last committed batch: every row once, counts exact', async () => {
    // The database refuses candidates past the first batch (1000): the first attempt fails after committing it.
    await t.dataSource.query(`
      CREATE FUNCTION simulated_outage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF (SELECT count(*) FROM candidates) >= 1000 THEN RAISE EXCEPTION 'simulated outage'; END IF; RETURN NULL; END $$;
      CREATE TRIGGER simulated_outage BEFORE INSERT ON candidates FOR EACH STATEMENT EXECUTE FUNCTION simulated_outage()`);
    const { body } = await recruiter.post('/api/data-generation', { jobs: 30, candidates: 2500, seed: 9 }).expect(202);
    // The attempt failed and Bull holds a delayed retry; then Redis loses it (the job is removed).
    const job = await waitFor('the failed attempt', async () => { const j = await queue.getJob(body.id); return j && (await j.getState()) === 'delayed' ? j : null; });
    await job.remove();
    const interrupted = await run(body.id);
    expect(interrupted).toMatchObject({ status: 'running', processed: { jobs: 30, candidates: 1000 }, created: { jobs: 30, candidates: 1000 } });
    expect(await counts()).toEqual({ jobs: 30, candidates: 1000 });

    await t.dataSource.query(`DROP TRIGGER simulated_outage ON candidates`);
    expect(await reconciler.run({ graceMs: 0 })).toEqual({ enqueued: 1, live: 0 });
    const done = await finished(body.id);
    expect(done).toMatchObject({ status: 'completed', processed: { jobs: 30, candidates: 2500 }, created: { jobs: 30, candidates: 2500 }, candidatesUpdated: 0 });
    expect(await counts()).toEqual({ jobs: 30, candidates: 2500 });
    const [{ refs }] = await t.dataSource.query(`SELECT count(DISTINCT external_ref)::int AS refs FROM jobs WHERE external_ref LIKE $1`, [`synthetic:${body.id}:%`]);
    expect(refs).toBe(30);
  });

  it('leaves finished runs alone', async () => {
    const { body } = await recruiter.post('/api/data-generation', { candidates: 20, seed: 2 }).expect(202);
    await finished(body.id);
    expect(await reconciler.run({ graceMs: 0 })).toEqual({ enqueued: 0, live: 0 });
  });
});
