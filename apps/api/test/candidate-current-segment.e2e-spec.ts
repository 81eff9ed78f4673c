import { insertRunWithAssignments } from './fixtures/segment-fixtures';
import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';

/**
 * A candidate's current segment comes from the active run, which the candidates repository keeps
 * between requests so PostgreSQL can prune the runs' partitions while planning (ListScope in
 * candidate-list.sql.ts). The runs here are written straight into the database, as another API
 * process would activate them: this process must never answer from the run it saw last.
 */
describe('candidates answer with the segment of the run active now (integration)', () => {
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

  const create = async (fullName: string, email: string) => (await recruiter.post('/api/candidates', { fullName, email }).expect(201)).body.id as string;
  const listed = async (query = '') =>
    ((await recruiter.get(`/api/candidates?sort=fullName${query}`).expect(200)).body.items as Array<{ fullName: string; segmentId: string | null }>).map((c) => [c.fullName, c.segmentId]);
  const segmentOf = async (id: string) => (await recruiter.get(`/api/candidates/${id}`).expect(200)).body.segmentId as string | null;

  it('follows an activation made elsewhere in lists, single reads and a segment filter, and a deactivation too', async () => {
    const [ana, ben] = [await create('Ana Active', 'ana@example.com'), await create('Ben Active', 'ben@example.com')];
    expect(await listed()).toEqual([['Ana Active', null], ['Ben Active', null]]); // no run yet: the repository now knows "none"

    const first = await insertRunWithAssignments(t.dataSource, [{ members: [ana] }, { members: [ben] }], true);
    expect(await listed()).toEqual([['Ana Active', first.segmentIds[0]], ['Ben Active', first.segmentIds[1]]]);
    expect(await segmentOf(ana)).toBe(first.segmentIds[0]);

    // Ten runs kept, the last one active: every answer comes from it, not from the first one seen.
    let last = first;
    for (let i = 0; i < 10; i++) last = await insertRunWithAssignments(t.dataSource, [{ members: [ana, ben] }], true);
    expect(await segmentOf(ben)).toBe(last.segmentIds[0]);
    expect(await listed()).toEqual([['Ana Active', last.segmentIds[0]], ['Ben Active', last.segmentIds[0]]]);
    // A segment of a run that is no longer active still lists its members, with their current segment.
    expect(await listed(`&segmentId=${first.segmentIds[1]}`)).toEqual([['Ben Active', last.segmentIds[0]]]);
    expect(await listed('&segmentId=00000000-0000-4000-8000-000000000000')).toEqual([]);

    await t.dataSource.query('UPDATE segmentation_runs SET active = false');
    expect(await listed()).toEqual([['Ana Active', null], ['Ben Active', null]]);
    expect(await segmentOf(ana)).toBeNull();
  });
});
