import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { SegmentationScheduler } from '../src/segments/segmentation.scheduler';
import { SEGMENTATION_QUEUE } from '../src/segments/segments.queue';
import { seedPool } from './fixtures/segment-fixtures';
import { waitFor } from './fixtures/wait-for';
import { createTestApp, resetState, TestApp } from './harness';

jest.setTimeout(90_000);

describe('segmentation recovery: runs without a live job (integration)', () => {
  let t: TestApp;
  let queue: Queue;
  let scheduler: SegmentationScheduler;

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(SEGMENTATION_QUEUE));
    scheduler = t.app.get(SegmentationScheduler);
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(async () => {
    await queue.resume();
    await t.close();
  });

  const status = async (id: string) => (await t.dataSource.query(`SELECT status FROM segmentation_runs WHERE id = $1`, [id]))[0].status as string;

  it('a run left running by a dead worker whose job Redis lost restarts from scratch: one assignment per candidate, one set of segments', async () => {
    await seedPool(t, 200);
    // What a worker killed mid-training leaves when Redis loses its job: a running row and no job.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO segmentation_runs (status, parameters, phase, progress, started_at) VALUES ('running', $1, 'train', 40, now() - interval '5 minutes') RETURNING id`,
      [JSON.stringify({ k: 3, seed: 4 })],
    );
    expect(await queue.getJob(id)).toBeNull();
    await scheduler.reconcile();
    await waitFor('the restarted run', async () => (await status(id)) === 'succeeded');
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM segment_assignments WHERE run_id = $1) AS assignments,
              (SELECT count(DISTINCT candidate_id)::int FROM segment_assignments WHERE run_id = $1) AS candidates,
              (SELECT count(*)::int FROM segments WHERE run_id = $1) AS segments`,
      [id],
    );
    expect(counts).toEqual({ assignments: 200, candidates: 200, segments: 3 });
    // A second pass finds nothing owed: the finished run is not enqueued again.
    await scheduler.reconcile();
    expect(await status(id)).toBe('succeeded');
  });

  it('a queued run waits while its job is live (paused queue), and is enqueued once its job is lost', async () => {
    await seedPool(t, 120);
    await queue.pause();
    const [{ id }] = await t.dataSource.query(`INSERT INTO segmentation_runs (parameters) VALUES ($1) RETURNING id`, [JSON.stringify({ k: 2 })]);
    await scheduler.reconcile();
    const job = await queue.getJob(id);
    expect(await job!.getState()).toBe('paused');
    await scheduler.reconcile(); // live: left alone (same job id, not a second one)
    expect((await queue.getJobs(['paused', 'waiting'])).filter((j) => j.data.runId === id)).toHaveLength(1);
    await job!.remove();
    await queue.resume();
    await scheduler.reconcile();
    await waitFor('the re-enqueued run', async () => (await status(id)) === 'succeeded');
  });
});
