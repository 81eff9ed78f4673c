import { EventEmitter2 } from '@nestjs/event-emitter';
import { JOB_ARCHIVED, JOB_CLOSED, JOB_ENDED_EVENTS, JOB_FILLED, JobEndedEvent } from '../src/jobs/job-events';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { clearJobs, countRows, forceStatus, jobBody } from './jobs-fixtures';

const STATUSES = ['draft', 'open', 'paused', 'closed', 'filled', 'archived'] as const;
const TARGETS = ['open', 'paused', 'closed', 'filled'] as const;
const LEGAL = [['draft', 'open'], ['open', 'paused'], ['open', 'closed'], ['open', 'filled'], ['paused', 'open'], ['paused', 'closed'], ['paused', 'filled']] as const;
const ILLEGAL = STATUSES.flatMap((from) => TARGETS.filter((to) => !LEGAL.some(([f, t]) => f === from && t === to)).map((to) => [from, to] as const));

// App start, logins (argon2 on purpose) and seeding through the API take seconds on a busy machine.
jest.setTimeout(60_000);
describe('jobs lifecycle: transitions, events, delete and archive (integration)', () => {
  let t: TestApp;
  let recruiter: Session & { email: string };
  const events: Array<{ name: string; payload: JobEndedEvent }> = [];
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    const emitter = t.app.get(EventEmitter2);
    for (const name of JOB_ENDED_EVENTS) emitter.on(name, (payload: JobEndedEvent) => void events.push({ name, payload }));
  });
  beforeEach(async () => {
    events.length = 0;
    await clearJobs(t.dataSource);
  });
  afterAll(() => t.close());

  const create = async () => (await recruiter.post('/api/jobs', jobBody()).expect(201)).body;
  const move = (id: string, to: string, reason?: string) => recruiter.post(`/api/jobs/${id}/transitions`, reason ? { to, reason } : { to });
  const statusOf = async (id: string) => (await t.dataSource.query('SELECT status FROM jobs WHERE id = $1', [id]))[0]?.status;

  it('walks draft → open → paused → open → closed, recording openedAt once, closedAt, audit and one job.closed event', async () => {
    const job = await create();
    const opened = (await move(job.id, 'open').expect(200)).body;
    expect(opened).toMatchObject({ status: 'open', openedAt: expect.any(String), closedAt: null });
    expect((await move(job.id, 'paused', 'budget review').expect(200)).body.status).toBe('paused');
    const reopened = (await move(job.id, 'open').expect(200)).body;
    expect(reopened.openedAt).toBe(opened.openedAt);
    expect(events).toEqual([]);
    const closed = (await move(job.id, 'closed', 'position cancelled').expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', openedAt: opened.openedAt, closedAt: expect.any(String) });
    expect(await recruiter.get(`/api/jobs/${job.id}`).expect(200)).toHaveProperty('body.status', 'closed');
    expect(events).toEqual([{ name: JOB_CLOSED, payload: { jobId: job.id, status: 'closed', from: 'open', reason: 'position cancelled' } }]);

    const audit = await t.dataSource.query(`SELECT details, actor_label FROM audit_log WHERE action = 'job.transitioned' ORDER BY id`);
    expect(audit.map((a: { details: object }) => a.details)).toEqual([
      { from: 'draft', to: 'open', reason: null },
      { from: 'open', to: 'paused', reason: 'budget review' },
      { from: 'paused', to: 'open', reason: null },
      { from: 'open', to: 'closed', reason: 'position cancelled' },
    ]);
    expect(audit[0].actor_label).toBe(recruiter.email);
  });

  it('every job answer carries the statuses it may move to next, from the API status machine', async () => {
    const job = await create();
    expect(job.allowedTransitions).toEqual(['open']);
    expect((await move(job.id, 'open').expect(200)).body.allowedTransitions).toEqual(['paused', 'closed', 'filled']);
    expect((await move(job.id, 'paused').expect(200)).body.allowedTransitions).toEqual(['open', 'closed', 'filled']);
    expect((await recruiter.get(`/api/jobs/${job.id}`).expect(200)).body.allowedTransitions).toEqual(['open', 'closed', 'filled']);
    await move(job.id, 'filled').expect(200);
    const listed = (await recruiter.get('/api/jobs').expect(200)).body.items.find((j: { id: string }) => j.id === job.id);
    expect(listed).toMatchObject({ status: 'filled', allowedTransitions: [] });
  });

  it.each(LEGAL)('%s → %s is allowed', async (from, to) => {
    const job = await create();
    await forceStatus(t.dataSource, job.id, from);
    expect((await move(job.id, to, 'because').expect(200)).body.status).toBe(to);
    expect(await statusOf(job.id)).toBe(to);
    const expected = to === 'closed' ? JOB_CLOSED : to === 'filled' ? JOB_FILLED : undefined;
    expect(events).toEqual(expected ? [{ name: expected, payload: { jobId: job.id, status: to, from, reason: 'because' } }] : []);
  });

  it.each(ILLEGAL)('%s → %s is a 409 naming both states; nothing changes, nothing is emitted', async (from, to) => {
    const job = await create();
    await forceStatus(t.dataSource, job.id, from);
    const problem = expectProblem(await move(job.id, to), 409, 'to');
    expect(problem).toMatchObject({ from, to, detail: expect.stringContaining(`from ${from} to ${to}`) });
    expect(await statusOf(job.id)).toBe(from);
    expect(events).toEqual([]);
    expect(await countRows(t.dataSource, 'audit_log', `action = 'job.transitioned'`)).toBe(0);
  });

  it.each([
    [{ to: 'archived' }, 'to'],
    [{ to: 'draft' }, 'to'],
    [{ to: 'OPEN' }, 'to'],
    [{}, 'to'],
    [{ to: 'open', reason: 'x'.repeat(501) }, 'reason'],
    [{ to: 'open', status: 'open' }, 'status'],
  ])('refuses transition body %j with 400 naming %s', async (body, field) => {
    const job = await create();
    expectProblem(await recruiter.post(`/api/jobs/${job.id}/transitions`, body), 400, field);
    expect(await statusOf(job.id)).toBe('draft');
  });

  it('404 for an unknown job; 422 when opening a job whose closing date has passed', async () => {
    expectProblem(await move('00000000-0000-4000-8000-000000000000', 'open'), 404);
    const job = await create();
    await t.dataSource.query(`UPDATE jobs SET closing_date = current_date - 2 WHERE id = $1`, [job.id]);
    expectProblem(await move(job.id, 'open'), 422, 'closingDate');
    expect(await statusOf(job.id)).toBe('draft');
  });

  it('job.filled carries the reason; a failing listener does not undo or fail the committed change', async () => {
    const job = await create();
    await forceStatus(t.dataSource, job.id, 'open');
    const emitter = t.app.get(EventEmitter2);
    const failing = async () => { throw new Error('campaigns are down'); };
    emitter.on(JOB_FILLED, failing);
    try {
      expect((await move(job.id, 'filled', 'hired Ada').expect(200)).body).toMatchObject({ status: 'filled', closedAt: expect.any(String) });
    } finally {
      emitter.off(JOB_FILLED, failing);
    }
    expect(await statusOf(job.id)).toBe('filled');
    expect(events).toEqual([{ name: JOB_FILLED, payload: { jobId: job.id, status: 'filled', from: 'open', reason: 'hired Ada' } }]);
  });

  it('two concurrent endings of one job: exactly one wins, one event', async () => {
    const job = await create();
    await forceStatus(t.dataSource, job.id, 'open');
    const results = await Promise.all([move(job.id, 'closed'), move(job.id, 'filled')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.status;
    expect(await statusOf(job.id)).toBe(winner);
    expect(events.map((e) => e.payload.status)).toEqual([winner]);
  });

  it('DELETE removes a draft outright (audited, no event)', async () => {
    const job = await create();
    await recruiter.delete(`/api/jobs/${job.id}`).expect(204);
    expectProblem(await recruiter.get(`/api/jobs/${job.id}`), 404);
    expect(await countRows(t.dataSource, 'jobs')).toBe(0);
    const [audit] = await t.dataSource.query(`SELECT target_id, details FROM audit_log WHERE action = 'job.deleted'`);
    expect(audit).toEqual({ target_id: job.id, details: { title: job.title, from: 'draft' } });
    expect(events).toEqual([]);
    expectProblem(await recruiter.delete(`/api/jobs/${job.id}`), 404);
  });

  it.each(['open', 'paused', 'closed', 'filled'])('DELETE archives a %s job: kept, read-only, hidden from lists, job.archived emitted once', async (from) => {
    const job = await create();
    await forceStatus(t.dataSource, job.id, from);
    await recruiter.delete(`/api/jobs/${job.id}`).expect(204);
    const archived = (await recruiter.get(`/api/jobs/${job.id}`).expect(200)).body;
    expect(archived).toMatchObject({ status: 'archived', archivedAt: expect.any(String) });
    expect(events).toEqual([{ name: JOB_ARCHIVED, payload: { jobId: job.id, status: 'archived', from, reason: null } }]);
    expect((await recruiter.get('/api/jobs').expect(200)).body.items).toEqual([]);
    expect((await recruiter.get('/api/jobs?status=archived').expect(200)).body.items.map((j: { id: string }) => j.id)).toEqual([job.id]);
    expectProblem(await move(job.id, 'open'), 409, 'to');
    expectProblem(await recruiter.patch(`/api/jobs/${job.id}`, { title: 'Back' }), 409);

    // Deleting again is a no-op: no second audit row, no second event.
    await recruiter.delete(`/api/jobs/${job.id}`).expect(204);
    expect(await countRows(t.dataSource, 'audit_log', `action = 'job.archived'`)).toBe(1);
    expect(events).toHaveLength(1);
  });

  it('DELETE of an unknown job is a 404', async () => {
    expectProblem(await recruiter.delete('/api/jobs/00000000-0000-4000-8000-000000000000'), 404);
  });
});
