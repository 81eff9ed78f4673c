import { getQueueToken } from '@nestjs/bull';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Queue } from 'bull';
import { SEGMENTATION_RUN_PROGRESS, type SegmentationRunProgressEvent } from '../src/segments/pipeline/run-events';
import { SEGMENTATION_QUEUE } from '../src/segments/segments.queue';
import { SegmentationScheduler } from '../src/segments/segmentation.scheduler';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { seedPool } from './fixtures/segment-fixtures';
import { waitFor } from './fixtures/wait-for';

jest.setTimeout(90_000);

describe('segmentation runs and segments (integration)', () => {
  let t: TestApp;
  let recruiter: Session & { email: string };
  let queue: Queue;
  const announced: SegmentationRunProgressEvent[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(SEGMENTATION_QUEUE));
    t.app.get(EventEmitter2).on(SEGMENTATION_RUN_PROGRESS, (e: SegmentationRunProgressEvent) => announced.push(e));
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  const getRun = async (id: string) => (await recruiter.get(`/api/segmentation-runs/${id}`).expect(200)).body;
  const finished = (id: string) =>
    waitFor(`run ${id} to finish`, async () => {
      const run = await getRun(id);
      return run.status === 'succeeded' || run.status === 'failed' ? run : null;
    });
  /** The placement job after an activation (candidates the run never saw) has finished. */
  const placed = (id: string) => waitFor(`unseen candidates to be placed in run ${id}`, async () => ((await getRun(id)).candidatesSyncedAt !== null ? getRun(id) : null));
  const startRun = async (body: object) => (await recruiter.post('/api/segmentation-runs', body).expect(202)).body;
  const succeededRun = async (body: object) => {
    const run = await finished((await startRun(body)).id);
    expect(run).toMatchObject({ status: 'succeeded', error: null });
    return run;
  };
  /** Every candidate's segment as GET /api/candidates shows it (all pages, filtered or not), with the segment's run. */
  const candidateSegments = async (query = '') => {
    const items: Array<{ id: string; segmentId: string | null; segmentDistance: number | null }> = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: typeof items; nextCursor: string | null } } = await recruiter.get(`/api/candidates?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    const runOf = new Map<string, string>((await t.dataSource.query(`SELECT id, run_id FROM segments`)).map((s: { id: string; run_id: string }) => [s.id, s.run_id]));
    return items
      .map((c) => ({ id: c.id, segmentId: c.segmentId, runId: c.segmentId ? (runOf.get(c.segmentId) ?? null) : null, distance: c.segmentDistance }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // uuid order, as ORDER BY candidate_id
  };
  /** Candidate ids per segment index in a run's own assignments. */
  const assignedIds = async (runId: string, index: number): Promise<string[]> =>
    (await t.dataSource.query(`SELECT candidate_id FROM segment_assignments WHERE run_id = $1 AND segment_index = $2 ORDER BY candidate_id`, [runId, index])).map(
      (r: { candidate_id: string }) => r.candidate_id,
    );

  it('runs over a seeded pool end to end through the queue; the first run becomes active and candidates show its segments', async () => {
    await seedPool(t, 600);
    const queued = await startRun({ kMin: 2, kMax: 5, seed: 7 });
    expect(queued).toMatchObject({ status: 'queued', trigger: 'manual', active: false, progress: 0, requestedBy: recruiter.email });
    expect(queued.parameters).toEqual({ k: null, kMin: 2, kMax: 5, seed: 7, sampleCap: 100_000, features: ['experience', 'salary', 'education', 'seeking', 'employmentType', 'location', 'skills'] });

    const run = await finished(queued.id);
    expect(run).toMatchObject({ status: 'succeeded', active: true, progress: 100, phase: null, candidateCount: 600, error: null });
    // Live updates hear the progress (phases in order, as saved on the row) and the end.
    const ofRun = announced.filter((e) => e.runId === run.id);
    expect(ofRun.at(-1)).toEqual({ runId: run.id, status: 'succeeded', phase: null, percent: 100 });
    expect(ofRun.slice(0, -1).every((e) => e.status === 'running')).toBe(true);
    expect(new Set(ofRun.map((e) => e.phase))).toEqual(new Set(['load', 'encode', 'select_k', 'train', 'assign', 'profile', 'write', 'activate', null]));
    expect(run.silhouetteByK.map((s: { k: number }) => s.k)).toEqual([2, 3, 4, 5]);
    expect(run.k).toBe(run.silhouetteByK.reduce((a: { silhouette: number }, b: { silhouette: number }) => (b.silhouette > a.silhouette ? b : a)).k);
    expect(run.silhouette).toBeGreaterThan(0);
    expect(run.sizes.reduce((a: number, b: number) => a + b, 0)).toBe(600);
    expect(run.segments).toHaveLength(run.k);
    expect(run.map.points.length).toBe(600);
    expect(run.map.centroids).toHaveLength(run.k);
    for (const phase of ['load', 'encode', 'train', 'assign', 'profile', 'write', 'total']) expect(run.timings[phase]).toBeGreaterThanOrEqual(0);
    expect(new Set(run.segments.map((s: { name: string }) => s.name)).size).toBe(run.k);

    // Progress was reported to Bull as well as to the row.
    const job = await queue.getJob(queued.id);
    expect(await job!.progress()).toMatchObject({ phase: 'activate', percent: 99 });

    // Every candidate assigned, keeping their created_at (the segment filter's newest-first order reads it).
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM segment_assignments a JOIN candidates c ON c.id = a.candidate_id AND c.created_at = a.created_at WHERE a.run_id = $1`,
      [run.id],
    );
    expect(n).toBe(600);
    const members = await candidateSegments();
    expect(members).toHaveLength(600);
    expect(members.every((m) => m.runId === run.id && m.distance !== null)).toBe(true);
    // The placement job after activation had nobody left to place; it records when and how long.
    expect((await placed(run.id)).timings.place).toBeGreaterThanOrEqual(0);

    // The seeded pool has no desired positions: give them two, unevenly, for the typical positions below.
    await t.dataSource.query(`UPDATE candidates SET desired_position = CASE WHEN abs(hashtext(id::text)) % 3 = 0 THEN 'Registered Nurse' ELSE ' Backend Engineer ' END`);
    const list = (await recruiter.get('/api/segments').expect(200)).body;
    expect(list.run.id).toBe(run.id);
    expect(list.items.map((s: { index: number }) => s.index)).toEqual([...Array(run.k).keys()]);
    const biggest = [...list.items].sort((a, b) => b.size - a.size)[0];
    expect(biggest.profile.topSkills.length).toBeGreaterThan(0);
    expect(biggest.profile.topSkills[0].lift).toBeGreaterThan(1);
    expect(biggest.profile.topCountries.length).toBeGreaterThan(0);
    expect(biggest.profile.experience.p25).toBeLessThanOrEqual(biggest.profile.experience.p75);
    expect(list.items.every((s: { active: boolean }) => s.active)).toBe(true);
    // In plain words: the most common desired positions among the 200 members closest to the centroid, and a sentence.
    const [top] = await t.dataSource.query(
      `SELECT trim(c.desired_position) AS position, count(*)::int AS n
         FROM (SELECT candidate_id FROM segment_assignments WHERE run_id = $1 AND segment_index = $2 ORDER BY distance LIMIT 200) a
         JOIN candidates c ON c.id = a.candidate_id WHERE coalesce(trim(c.desired_position), '') <> '' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1`,
      [run.id, biggest.index],
    );
    expect(top).toBeDefined();
    expect(biggest.typicalPositions[0]).toEqual({ position: top.position, share: top.n / Math.min(200, biggest.size) });
    expect(biggest.typicalPositions.map((p: { position: string }) => p.position).sort()).toEqual(['Backend Engineer', 'Registered Nurse']);
    expect(biggest.typicalPositions.length).toBeLessThanOrEqual(3);
    expect(biggest.summary).toMatch(/^[A-Z].+ with .+\.$/);

    // Members: keyset pages, most typical first, matching the candidates' own segment.
    const page1 = (await recruiter.get(`/api/segments/${biggest.id}/candidates?limit=10`).expect(200)).body;
    expect(page1.items).toHaveLength(10);
    const page2 = (await recruiter.get(`/api/segments/${biggest.id}/candidates?limit=10&cursor=${page1.nextCursor}`).expect(200)).body;
    const distances = [...page1.items, ...page2.items].map((c: { distance: number }) => c.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new Set([...page1.items, ...page2.items].map((c: { id: string }) => c.id)).size).toBe(20);
    const mine = members.filter((m) => m.segmentId === biggest.id).map((m) => m.id);
    expect(mine).toEqual(expect.arrayContaining(page1.items.map((c: { id: string }) => c.id)));
    expect(biggest.size).toBe(mine.length);
    expectProblem(await recruiter.get(`/api/segments/${biggest.id}/candidates?cursor=nonsense`), 400, 'cursor');

    const runs = (await recruiter.get('/api/segmentation-runs').expect(200)).body;
    expect(runs.items.map((r: { id: string }) => r.id)).toEqual([run.id]);
  });

  it('activation switches every candidate to the new run at once; the segment filter works for any run; only succeeded runs can be activated', async () => {
    await seedPool(t, 400);
    const first = await succeededRun({ k: 3 });
    await placed(first.id);
    const second = await succeededRun({ k: 5, seed: 1 });
    expect(second.active).toBe(false); // later runs wait for a person
    expect((await candidateSegments()).every((m) => m.runId === first.id)).toBe(true);
    expect((await recruiter.get('/api/segments').expect(200)).body.run.id).toBe(first.id);
    // Created after the second run loaded its data: placed in the first run only, for now.
    const late = (await recruiter.post('/api/candidates', { fullName: 'Lena Late', email: 'late@example.com', skills: ['Java'], yearsExperience: 3 }).expect(201)).body;
    expect(late.segmentId).not.toBeNull();

    // No job may run until the checks below: the switch must not depend on one.
    await queue.pause(true);
    try {
      const activated = (await recruiter.post(`/api/segmentation-runs/${second.id}/activate`).expect(200)).body;
      expect(activated).toMatchObject({ id: second.id, active: true, candidatesSyncedAt: null });
      expect((await getRun(first.id)).active).toBe(false);
      const list = (await recruiter.get('/api/segments').expect(200)).body;
      expect(list.run.id).toBe(second.id);
      expect(list.items).toHaveLength(5);
      const members = await candidateSegments();
      expect(members.filter((m) => m.id !== late.id).every((m) => m.runId === second.id)).toBe(true);
      expect(new Set(members.map((m) => m.segmentId)).size).toBe(6); // five segments, and the late candidate without one yet
      const one = members.find((m) => m.id !== late.id)!;
      expect((await recruiter.get(`/api/candidates/${one.id}`).expect(200)).body).toMatchObject({ segmentId: one.segmentId, segmentDistance: one.distance });
      expect((await recruiter.get(`/api/candidates/${late.id}`).expect(200)).body.segmentId).toBeNull();

      // The filter takes a segment of the active run, or of an older one: that run's own members.
      const [newSegment, oldSegment] = [list.items[0], (await getRun(first.id)).segments[0]];
      expect((await candidateSegments(`&segmentId=${newSegment.id}`)).map((m) => m.id)).toEqual(await assignedIds(second.id, newSegment.index));
      const oldMembers = await candidateSegments(`&segmentId=${oldSegment.id}`);
      expect(oldMembers.map((m) => m.id)).toEqual(await assignedIds(first.id, oldSegment.index));
      expect(oldMembers.length).toBeGreaterThan(0);
      expect(oldMembers.filter((m) => m.id !== late.id).every((m) => m.runId === second.id)).toBe(true); // rows show the current segment
    } finally {
      await queue.resume(true);
    }
    // The job then places who the run never saw.
    expect((await placed(second.id)).timings.place).toBeGreaterThanOrEqual(0);
    const lateNow = (await recruiter.get(`/api/candidates/${late.id}`).expect(200)).body;
    expect((await recruiter.get(`/api/segments/${lateNow.segmentId}`).expect(200)).body.runId).toBe(second.id);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'segmentation_run.activated' AND target_id = $1`, [second.id]);
    expect(n).toBe(1);

    // The old run's segments stay readable (history), but are not the current ones.
    const old = (await recruiter.get(`/api/segments?runId=${first.id}`).expect(200)).body;
    expect(old.items).toHaveLength(3);
    expect(old.items.every((s: { active: boolean }) => !s.active)).toBe(true);

    const failed = await finished((await startRun({ k: 10, features: ['education'] })).id);
    expectProblem(await recruiter.post(`/api/segmentation-runs/${failed.id}/activate`), 409);
    expectProblem(await recruiter.post('/api/segmentation-runs/00000000-0000-4000-8000-000000000000/activate'), 404);
    expectProblem(await recruiter.post('/api/segmentation-runs/not-a-uuid/activate'), 400, 'id');
  });

  it('answers 409 while a run is queued or running, also to simultaneous requests', async () => {
    await seedPool(t, 200);
    await queue.pause(true); // this worker holds the job, so the run stays queued
    try {
      const first = await startRun({ k: 2 });
      const second = expectProblem(await recruiter.post('/api/segmentation-runs', { k: 3 }), 409);
      expect(second.runId).toBe(first.id);
      const viewer = await loginAs(t, 'viewer');
      expectProblem(await viewer.post('/api/segmentation-runs', { k: 3 }), 403);
    } finally {
      await queue.resume(true);
    }
    const [only] = (await recruiter.get('/api/segmentation-runs').expect(200)).body.items;
    await finished(only.id);

    const [a, b] = await Promise.all([recruiter.post('/api/segmentation-runs', { k: 2 }), recruiter.post('/api/segmentation-runs', { k: 2 })]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    await finished((a.status === 202 ? a : b).body.id);
  });

  it('a failed run records why and leaves the previous active run and assignments untouched', async () => {
    await seedPool(t, 300);
    const good = await succeededRun({ k: 4 });
    await placed(good.id);
    const before = await candidateSegments();

    // Education alone has at most 7 distinct values: 10 segments cannot be formed.
    const bad = await finished((await startRun({ k: 10, features: ['education'] })).id);
    expect(bad).toMatchObject({ status: 'failed', active: false, phase: null, k: null });
    expect(bad.error).toMatch(/Cannot form 10 segments/);
    expect(announced.filter((e) => e.runId === bad.id).at(-1)).toMatchObject({ status: 'failed' });
    expect(bad.finishedAt).not.toBeNull();

    expect((await getRun(good.id)).active).toBe(true);
    expect(await candidateSegments()).toEqual(before);
    expect((await recruiter.get('/api/segments').expect(200)).body.run.id).toBe(good.id);
    const [{ segments, assignments }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM segments WHERE run_id = $1) AS segments,
              (SELECT count(*)::int FROM segment_assignments WHERE run_id = $1) AS assignments`,
      [bad.id],
    );
    expect({ segments, assignments }).toEqual({ segments: 0, assignments: 0 });
    const [{ partition }] = await t.dataSource.query(`SELECT to_regclass($1) AS partition`, [`segment_assignments_${bad.id.replace(/-/g, '')}`]);
    expect(partition).toBeNull(); // the run's partition was rolled back with the rest
    const failedList = (await recruiter.get('/api/segmentation-runs?status=failed').expect(200)).body;
    expect(failedList.items.map((r: { id: string }) => r.id)).toEqual([bad.id]);
    // With nothing in flight, a new run may start again.
    await succeededRun({ k: 2 });
  });

  it('places a new or changed candidate in the nearest segment of the active run at once, and forgets erased ones', async () => {
    await seedPool(t, 500);
    const run = await succeededRun({ k: 4, seed: 5 });
    await placed(run.id);
    const nurse = {
      fullName: 'Nora Nurse', email: 'nora@example.com', location: { city: 'Madrid', region: 'Madrid', countryCode: 'ES' },
      yearsExperience: 11, educationLevel: 'bachelor', skills: ['Patient Care', 'Nursing', 'First Aid', 'ICU'],
      desiredSalary: 28_000, desiredSalaryCurrency: 'EUR', seekingStatus: 'passive', preferredEmploymentType: 'full_time',
    };
    // The response of the write already carries the segment, and so does every read after it.
    const created = (await recruiter.post('/api/candidates', nurse).expect(201)).body;
    expect(created.segmentId).not.toBeNull();
    expect((await recruiter.get(`/api/candidates/${created.id}`).expect(200)).body).toMatchObject({ segmentId: created.segmentId, segmentDistance: created.segmentDistance });
    expect((await candidateSegments(`&segmentId=${created.segmentId}`)).map((m) => m.id)).toContain(created.id);
    const segment = (await recruiter.get(`/api/segments/${created.segmentId}`).expect(200)).body;
    expect(segment.runId).toBe(run.id);
    // The nurse lands in a segment that shares her skills (which cluster holds them depends on k-means' start).
    const nurseSkills = segment.profile.topSkills.map((s: { skill: string }) => s.skill);
    expect(nurseSkills.filter((skill: string) => nurse.skills.includes(skill))).not.toEqual([]);
    const [assignment] = await t.dataSource.query(`SELECT segment_index, distance, created_at FROM segment_assignments WHERE run_id = $1 AND candidate_id = $2`, [run.id, created.id]);
    expect(assignment.segment_index).toBe(segment.index);
    expect(assignment.created_at.toISOString()).toBe(created.createdAt);
    expect(assignment.distance).toBeCloseTo(created.segmentDistance, 5);

    // A change of profile moves the candidate (no retraining: the run stays the same).
    const moved = (
      await recruiter
        .patch(`/api/candidates/${created.id}`, { skills: ['Java', 'Spring', 'SQL', 'Kafka'], yearsExperience: 7, location: { countryCode: 'CO', region: 'Antioquia', city: 'Medellín' }, desiredSalary: 60_000, desiredSalaryCurrency: 'USD' })
        .expect(200)
    ).body;
    expect(moved.segmentId).not.toBe(created.segmentId);
    expect((await candidateSegments(`&segmentId=${created.segmentId}`)).map((m) => m.id)).not.toContain(created.id);
    const javaSegment = (await recruiter.get(`/api/segments/${moved.segmentId}`).expect(200)).body;
    expect(javaSegment.runId).toBe(run.id);
    // Which segment holds the Java profile depends on k-means' start (candidate ids are random): it must share its skills.
    const javaSkills = javaSegment.profile.topSkills.map((s: { skill: string }) => s.skill);
    expect(javaSkills.filter((skill: string) => ['Java', 'Spring', 'SQL', 'Kafka'].includes(skill))).not.toEqual([]);

    await recruiter.delete(`/api/candidates/${created.id}`).expect(204);
    await waitFor('the erased candidate to leave the assignments', async () => {
      const rows = await t.dataSource.query(`SELECT 1 FROM segment_assignments WHERE candidate_id = $1`, [created.id]);
      return rows.length === 0;
    });
  });

  it('validates run parameters', async () => {
    expectProblem(await recruiter.post('/api/segmentation-runs', { k: 3, kMax: 5 }), 400, 'k');
    expectProblem(await recruiter.post('/api/segmentation-runs', { kMin: 6, kMax: 3 }), 400, 'kMax');
    expectProblem(await recruiter.post('/api/segmentation-runs', { k: 1 }), 400, 'k');
    expectProblem(await recruiter.post('/api/segmentation-runs', { features: ['astrology'] }), 400, 'features');
    expectProblem(await recruiter.post('/api/segmentation-runs', { features: [] }), 400, 'features');
    expectProblem(await recruiter.post('/api/segmentation-runs', { sampleCap: 5 }), 400, 'sampleCap');
    expectProblem(await recruiter.post('/api/segmentation-runs', { colour: 'blue' }), 400, 'colour');
    expect((await recruiter.get('/api/segmentation-runs').expect(200)).body.items).toEqual([]);
    expect((await recruiter.get('/api/segments').expect(200)).body).toEqual({ run: null, items: [] });
  });

  it('lets a person rename and describe a segment; names stay unique within the run', async () => {
    await seedPool(t, 200);
    const run = await succeededRun({ k: 3 });
    const [a, b] = run.segments;
    const renamed = (await recruiter.patch(`/api/segments/${a.id}`, { name: '  Backend veterans ', description: 'Our core hiring pool' }).expect(200)).body;
    expect(renamed).toMatchObject({ name: 'Backend veterans', description: 'Our core hiring pool', generatedName: a.name });
    expect(renamed.editedAt).not.toBeNull();
    expectProblem(await recruiter.patch(`/api/segments/${b.id}`, { name: 'backend VETERANS' }), 409, 'name');
    expectProblem(await recruiter.patch(`/api/segments/${b.id}`, { name: '' }), 400, 'name');
    expectProblem(await recruiter.patch(`/api/segments/00000000-0000-4000-8000-000000000000`, { name: 'x' }), 404);
    const viewer = await loginAs(t, 'viewer');
    expectProblem(await viewer.patch(`/api/segments/${b.id}`, { name: 'Nope' }), 403);
    expect((await viewer.get(`/api/segments/${a.id}`).expect(200)).body.name).toBe('Backend veterans');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'segment.updated' AND target_id = $1`, [a.id]);
    expect(n).toBe(1);
  });

  it('a cron slot enqueues one scheduled run however many workers tick; the reconciler re-enqueues lost runs', async () => {
    await seedPool(t, 150);
    const scheduler = t.app.get(SegmentationScheduler);
    const tick = new Date('2026-11-26T02:00:17Z');
    await Promise.all([scheduler.enqueueScheduledRun(tick), scheduler.enqueueScheduledRun(new Date(tick.getTime() + 20_000))]);
    const scheduled = await waitFor('the scheduled run', async () => (await recruiter.get('/api/segmentation-runs').expect(200)).body.items[0]);
    expect(scheduled.trigger).toBe('scheduled');
    expect(scheduled.requestedBy).toBe('scheduler');
    await finished(scheduled.id);
    expect((await recruiter.get('/api/segmentation-runs').expect(200)).body.items).toHaveLength(1);

    // A queued row whose job never reached Redis is picked up by the reconciler.
    const [{ id }] = await t.dataSource.query(`INSERT INTO segmentation_runs (parameters) VALUES ($1) RETURNING id`, [JSON.stringify({ k: 2 })]);
    await scheduler.reconcile();
    expect((await finished(id)).status).toBe('succeeded');

    // A placement that ended without finishing (a worker shut down mid-way) is enqueued again.
    await placed(scheduled.id);
    await t.dataSource.query(`UPDATE segmentation_runs SET candidates_synced_at = NULL WHERE id = $1`, [scheduled.id]);
    await scheduler.reconcile();
    await placed(scheduled.id);
  });
});
