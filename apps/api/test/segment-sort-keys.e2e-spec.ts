import request from 'supertest';
import { assignmentPartition, SegmentAssignmentsRepository } from '../src/segments/assignments/segment-assignments.repository';
import { SortKeyIndexesRepository } from '../src/segments/assignments/sort-key-indexes.repository';
import { SegmentationResultWriter } from '../src/segments/pipeline/segmentation-result.writer';
import { SegmentationRunsRepository } from '../src/segments/runs/segmentation-runs.repository';
import { insertRunWithAssignments, seedPool } from './fixtures/segment-fixtures';
import { waitFor } from './fixtures/wait-for';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(90_000);

/**
 * The segment-filtered candidate list sorts on the assignments' copies of the candidate's sort
 * keys (full_name, updated_at, years_experience): every way a candidate changes, and every way
 * assignments are written, must leave the copies equal to the candidate's columns.
 */
describe('assignments keep the candidate list sort keys (integration)', () => {
  let t: TestApp;
  let recruiter: Session;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  const names = async (segmentId: string, sort: string) =>
    ((await recruiter.get(`/api/candidates?segmentId=${segmentId}&sort=${sort}`).expect(200)).body.items as Array<{ fullName: string }>).map((c) => c.fullName.split(' ')[0]);
  /** Assignments of a run (the active one by default) whose copies differ from their candidate's columns. */
  const staleCopies = (runId?: string) =>
    t.dataSource.query(`SELECT a.run_id, a.full_name, c.full_name AS now FROM segment_assignments a JOIN candidates c ON c.id = a.candidate_id
      WHERE a.run_id = COALESCE($1, (SELECT id FROM segmentation_runs WHERE active))
        AND (a.full_name, a.updated_at, a.years_experience) IS DISTINCT FROM (c.full_name, c.updated_at, c.years_experience)`, [runId ?? null]);
  /** A partition's sort-key indexes (sort-key-indexes.repository.ts) and whether each is usable. */
  const sortKeyIndexesOf = (partition: string): Promise<Array<{ name: string; valid: boolean }>> =>
    t.dataSource.query(`SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND c.relname LIKE '%\\_sk\\_%' ORDER BY 1`, [partition]);
  const create = async (fullName: string, email: string, yearsExperience: number) =>
    (await recruiter.post('/api/candidates', { fullName, email, yearsExperience }).expect(201)).body.id as string;

  it('a PATCH and a CSV import upsert move candidates to their new place in the active run\'s segment lists; another run catches up when activated', async () => {
    const members = [await create('Alice Java', 'alice@example.com', 2), await create('Bob Python', 'bob@example.com', 8), await create('Carla Nurse', 'carla@example.com', 15)];
    const older = await insertRunWithAssignments(t.dataSource, [{ members }], false);
    const active = await insertRunWithAssignments(t.dataSource, [{ members }], true);
    const segments = [active.segmentIds[0], older.segmentIds[0]];
    for (const segment of segments) expect(await names(segment, 'fullName')).toEqual(['Alice', 'Bob', 'Carla']);

    await recruiter.patch(`/api/candidates/${members[0]}`, { fullName: 'Zoe Java', yearsExperience: 20 }).expect(200);
    // Only the active run's copies follow every write (an import's work would grow with every run kept):
    // the other run still sorts Zoe by the name she had.
    expect(await names(older.segmentIds[0], 'fullName')).toEqual(['Zoe', 'Bob', 'Carla']);
    const admin = await loginAs(t, 'admin');
    await admin.post(`/api/segmentation-runs/${older.runId}/activate`).expect(200);
    expect(await staleCopies(older.runId)).toEqual([]);
    for (const segment of segments) {
      expect(await names(segment, 'fullName')).toEqual(['Bob', 'Carla', 'Zoe']);
      expect(await names(segment, '-yearsExperience')).toEqual(['Zoe', 'Carla', 'Bob']);
      expect(await names(segment, '-updatedAt')).toEqual(['Zoe', 'Carla', 'Bob']);
    }

    const upload = await request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf)
      .attach('file', Buffer.from('full_name,email,years_experience\nAaron Python,bob@example.com,1\n'), 'candidates.csv').expect(202);
    const done = await waitFor('the import', async () => {
      const { body } = await recruiter.get(`/api/candidates/imports/${upload.body.id}`).expect(200);
      return body.status === 'completed' || body.status === 'failed' ? body : null;
    });
    expect(done).toMatchObject({ status: 'completed', counts: { updated: 1 } });
    // The run that gave way kept its copies as of then, and catches up from that time when active again.
    expect(await staleCopies(active.runId)).toEqual([expect.objectContaining({ full_name: 'Bob Python', now: 'Aaron Python' })]);
    await admin.post(`/api/segmentation-runs/${active.runId}/activate`).expect(200);
    for (const segment of segments) {
      expect(await names(segment, 'fullName')).toEqual(['Aaron', 'Carla', 'Zoe']);
      expect(await names(segment, 'yearsExperience')).toEqual(['Aaron', 'Carla', 'Zoe']);
      expect(await names(segment, '-updatedAt')).toEqual(['Aaron', 'Zoe', 'Carla']);
    }
    expect(await staleCopies()).toEqual([]);
  });

  it('a run writes every candidate\'s keys, and catches up on a candidate updated after the pool was read', async () => {
    await seedPool(t, 200);
    // An active run already: the new one is not activated, so no placement rewrites its rows.
    await insertRunWithAssignments(t.dataSource, [{ members: [] }], true);
    const writer = t.app.get(SegmentationResultWriter);
    const save = writer.save.bind(writer);
    // Deterministically between the pool's read and the run's save: the trigger cannot see the new partition yet.
    jest.spyOn(writer, 'save').mockImplementationOnce(async (...args) => {
      await t.dataSource.query(`UPDATE candidates SET full_name = 'Late Edit', years_experience = NULL, updated_at = now() WHERE id = (SELECT min(id::text)::uuid FROM candidates)`);
      return save(...args);
    });
    const { id } = (await recruiter.post('/api/segmentation-runs', { k: 3 }).expect(202)).body;
    const run = await waitFor(`run ${id}`, async () => {
      const { body } = await recruiter.get(`/api/segmentation-runs/${id}`).expect(200);
      return body.status === 'succeeded' || body.status === 'failed' ? body : null;
    });
    expect(run).toMatchObject({ status: 'succeeded', active: false });
    const [{ n, late }] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE full_name = 'Late Edit' AND years_experience IS NULL)::int AS late FROM segment_assignments WHERE run_id = $1`, [id]);
    expect({ n, late }).toEqual({ n: 200, late: 1 });
    expect(await staleCopies()).toEqual([]);
    // Built after the run's commit, so the list in every order walks an index of the new partition.
    const partition = assignmentPartition(id);
    // Built CONCURRENTLY: an index is listed (invalid) while it is being built, so wait for all three to be valid.
    const built = await waitFor('the run\'s sort-key indexes, built', async () => {
      const indexes = await sortKeyIndexesOf(partition);
      return indexes.length === 3 && indexes.every((index) => index.valid) ? indexes : null;
    });
    expect(built).toEqual(['sk_exp', 'sk_name', 'sk_upd'].map((suffix) => ({ name: `${partition}_${suffix}`, valid: true })));
  });

  it('builds a run\'s missing sort-key indexes again, and replaces one a crash left invalid', async () => {
    const { runId } = await insertRunWithAssignments(t.dataSource, [{ members: [await create('Fay Java', 'fay@example.com', 3)] }], false);
    const partition = assignmentPartition(runId);
    const indexes = t.app.get(SortKeyIndexesRepository);
    expect(await indexes.ensure()).toBeGreaterThanOrEqual(3);
    const all = ['sk_exp', 'sk_name', 'sk_upd'].map((suffix) => ({ name: `${partition}_${suffix}`, valid: true }));
    expect(await sortKeyIndexesOf(partition)).toEqual(all);
    await t.dataSource.query(`DROP INDEX ${partition}_sk_name`);
    await t.dataSource.query(`UPDATE pg_index SET indisvalid = false WHERE indexrelid = '${partition}_sk_upd'::regclass`);
    expect(await indexes.ensure()).toBe(2);
    expect(await sortKeyIndexesOf(partition)).toEqual(all);
    expect(await indexes.ensure()).toBe(0);
  });

  it('placement writes the keys, overwrites stale ones, and holds the candidates until it commits', async () => {
    const id = await create('Dan Java', 'dan@example.com', 4);
    const { runId } = await insertRunWithAssignments(t.dataSource, [{ members: [id] }, { members: [] }], false);
    await t.dataSource.query(`UPDATE segment_assignments SET full_name = 'stale', years_experience = 0 WHERE run_id = $1`, [runId]);
    const other = await create('Eve Sales', 'eve@example.com', 7);
    const assignments = t.app.get(SegmentAssignmentsRepository);
    await t.app.get(SegmentationRunsRepository).transaction(async (tx) => {
      await assignments.writeCurrent(tx, runId, [{ id, segment: 1, distance: 0.5 }, { id: other, segment: 1, distance: 0.25 }]);
      // An edit of a candidate placed for the first time waits for the placement to commit (FOR SHARE):
      // otherwise its trigger would miss the row not yet committed, and the copy would keep the old name.
      const edit = t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL lock_timeout = '300ms'`);
        await m.query(`UPDATE candidates SET full_name = 'Evelyn Sales' WHERE id = $1`, [other]);
      });
      await expect(edit).rejects.toThrow(/lock timeout/);
    });
    expect(await t.dataSource.query(`SELECT full_name, years_experience, segment_index FROM segment_assignments WHERE run_id = $1 ORDER BY full_name`, [runId])).toEqual([
      { full_name: 'Dan Java', years_experience: 4, segment_index: 1 },
      { full_name: 'Eve Sales', years_experience: 7, segment_index: 1 },
    ]);
    await t.dataSource.query(`UPDATE candidates SET full_name = 'Evelyn Sales' WHERE id = $1`, [other]);
    expect(await staleCopies()).toEqual([]);
  });
});
