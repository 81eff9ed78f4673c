import request from 'supertest';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { addDays } from '../src/performance/calc/periods';
import { MetricsSyncService } from '../src/performance/sync/metrics-sync.service';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, today } from './performance-fixtures';

describe('applications pipeline: stages, PATCH, ATS dispositions, filters, pipeline counts (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  /** A campaign with a publication, an ATS token, and a way to post as the ATS. */
  async function setup() {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    const connectionId = await createSandboxConnection(admin);
    const live = await seedLiveCampaign(t, connectionId);
    const { body: token } = await admin.post('/api/api-tokens', { name: 'ATS', scopes: ['read', 'write'] }).expect(201);
    const ats = (method: 'post' | 'get', url: string) => request(t.app.getHttpServer())[method](url).set('Authorization', `Bearer ${token.secret}`);
    return { admin, recruiter, ats, ...live };
  }

  it('records an application linked to its job and to the candidate with the same e-mail, then walks the workflow', async () => {
    const { recruiter, ats, trackingCode, jobId, campaignId } = await setup();
    const candidate = await recruiter.post('/api/candidates', { fullName: 'Ana Gómez', email: 'ana@example.com', primarySkill: 'Go', skills: ['go'] }).expect(201);
    const created = await ats('post', '/api/applications').send({ trackingCode, candidateEmail: 'ANA@example.com', source: 'greenhouse', externalId: 'gh-1' }).expect(201);
    expect(created.body).toMatchObject({
      jobId, campaignId, jobTitle: 'Backend engineer', campaignName: 'Backend US', candidateId: candidate.body.id, stage: 'applied',
      allowedStages: ['screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'], notes: null,
      reachedAt: { screening: null, interview: null, offer: null, hired: null, rejected: null, withdrawn: null },
    });
    const id = created.body.id as string;

    const screening = await recruiter.patch(`/api/applications/${id}`, { stage: 'screening', stageNote: 'Phone screen booked', notes: 'Strong Go' }).expect(200);
    expect(screening.body).toMatchObject({ stage: 'screening', notes: 'Strong Go', allowedStages: ['interview', 'offer', 'hired', 'rejected', 'withdrawn'] });
    expect(screening.body.reachedAt.screening).toBe(screening.body.stageAt);
    // Skipping ahead to offer marks the interview as reached too (cost per interview counts it).
    const offer = await recruiter.patch(`/api/applications/${id}`, { stage: 'offer' }).expect(200);
    expect(offer.body.reachedAt.interview).toBe(offer.body.stageAt);
    expect(offer.body.reachedAt.screening).toBe(screening.body.stageAt);

    expectProblem(await recruiter.patch(`/api/applications/${id}`, { stage: 'interview' }), 409, 'stage');
    expectProblem(await recruiter.patch(`/api/applications/${id}`, { stage: 'promoted' }), 400, 'stage');
    expectProblem(await recruiter.patch(`/api/applications/${id}`, { stage: null }), 400, 'stage');
    expectProblem(await recruiter.patch(`/api/applications/${id}`, { stageNote: 'x' }), 400, 'stageNote');
    expectProblem(await recruiter.patch(`/api/applications/${id}`, { notes: 'x'.repeat(4001) }), 400, 'notes');
    expectProblem(await recruiter.patch('/api/applications/00000000-0000-4000-8000-000000000000', { stage: 'hired' }), 404);
    expectProblem(await recruiter.patch('/api/applications/not-a-uuid', { notes: 'x' }), 400, 'id');

    const hired = await recruiter.patch(`/api/applications/${id}`, { stage: 'hired', notes: null }).expect(200);
    expect(hired.body).toMatchObject({ stage: 'hired', allowedStages: [], notes: null });
    expectProblem(await recruiter.patch(`/api/applications/${id}`, { stage: 'rejected' }), 409, 'stage');

    const detail = await recruiter.get(`/api/applications/${id}`).expect(200);
    expect(detail.body.timeline.map((e: { stage: string; source: string }) => `${e.source}:${e.stage}`)).toEqual(['created:applied', 'manual:screening', 'manual:offer', 'manual:hired']);
    expect(detail.body.timeline[1]).toMatchObject({ note: 'Phone screen booked', actor: expect.stringContaining('recruiter') });

    const viewer = await loginAs(t, 'viewer');
    expectProblem(await viewer.patch(`/api/applications/${id}`, { notes: 'x' }), 403);
    expect((await viewer.get(`/api/applications/${id}`).expect(200)).body.stage).toBe('hired');
  });

  it('applies ATS dispositions idempotently and never lets an older event overwrite a newer stage', async () => {
    const { ats, trackingCode } = await setup();
    await ats('post', '/api/applications').send({ trackingCode, source: 'greenhouse', externalId: 'gh-7' }).expect(201);
    const interview = { externalId: 'gh-7', stage: 'interview', at: '2026-11-20T10:00:00Z' };
    const screening = { externalId: 'gh-7', stage: 'screening', at: '2026-11-18T09:00:00+01:00' };

    const first = await ats('post', '/api/applications/dispositions').send({ items: [interview, { externalId: 'gh-unknown', stage: 'hired', at: '2026-11-20T10:00:00Z' }] }).expect(200);
    expect(first.body.results).toEqual([
      { externalId: 'gh-7', outcome: 'applied', stage: 'interview' },
      { externalId: 'gh-unknown', outcome: 'not_found', stage: null },
    ]);
    // The older screening arrives late: on the timeline, but the stage stays at interview; resending changes nothing.
    const late = await ats('post', '/api/applications/dispositions').send({ items: [screening, interview] }).expect(200);
    expect(late.body.results).toEqual([
      { externalId: 'gh-7', outcome: 'stale', stage: 'interview' },
      { externalId: 'gh-7', outcome: 'duplicate', stage: 'interview' },
    ]);
    const again = await ats('post', '/api/applications/dispositions').send({ items: [screening] }).expect(200);
    expect(again.body.results[0].outcome).toBe('duplicate');

    const [row] = await t.dataSource.query(`SELECT stage, stage_at, screening_at, interview_at FROM applications WHERE external_id = 'gh-7'`);
    expect(row.stage).toBe('interview');
    expect(row.stage_at.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(row.screening_at.toISOString()).toBe('2026-11-18T08:00:00.000Z');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM application_stage_events`);
    expect(n).toBe(2);

    // A newer rejection wins; a hire stamped earlier than it (out of order) does not reopen it.
    const tail = await ats('post', '/api/applications/dispositions').send({ items: [
      { externalId: 'gh-7', stage: 'rejected', at: '2026-11-25T12:00:00Z', note: 'Position filled' },
      { externalId: 'gh-7', stage: 'hired', at: '2026-11-24T12:00:00Z' },
    ] }).expect(200);
    expect(tail.body.results.map((r: { outcome: string; stage: string }) => `${r.outcome}:${r.stage}`)).toEqual(['applied:rejected', 'stale:rejected']);
  });

  it('gives the same final stage whatever order concurrent dispositions arrive in', async () => {
    const { ats, trackingCode } = await setup();
    await ats('post', '/api/applications').send({ trackingCode, source: 'lever', externalId: 'lv-1' }).expect(201);
    const events = ['screening', 'interview', 'offer', 'hired'].map((stage, i) => ({ externalId: 'lv-1', stage, at: `2026-11-1${i}T10:00:00Z` }));
    await Promise.all([...events].reverse().map((e) => ats('post', '/api/applications/dispositions').send({ items: [e] }).expect(200)));
    const [row] = await t.dataSource.query(`SELECT stage, hired_at, offer_at FROM applications WHERE external_id = 'lv-1'`);
    expect(row.stage).toBe('hired');
    expect(row.offer_at.toISOString()).toBe('2026-11-12T10:00:00.000Z');
  });

  it('refuses bad disposition batches with the field named', async () => {
    const { ats } = await setup();
    const send = (body: object) => ats('post', '/api/applications/dispositions').send(body);
    expectProblem(await send({ items: [] }), 400, 'items');
    expectProblem(await send({ items: [{ externalId: 'x', stage: 'promoted', at: '2026-11-20T10:00:00Z' }] }), 400, 'items.0.stage');
    expectProblem(await send({ items: [{ externalId: 'x', stage: 'hired', at: '2026-11-20' }] }), 400, 'items.0.at');
    expectProblem(await send({ items: [{ externalId: 'x', stage: 'hired', at: '2026-02-30T10:00:00Z' }] }), 400, 'items.0.at');
    expectProblem(await send({ items: [{ externalId: 'x', stage: 'hired', at: '2999-01-01T00:00:00Z' }] }), 422, 'items.0.at');
    expectProblem(await send({ items: Array.from({ length: 1001 }, () => ({ externalId: 'x', stage: 'hired', at: '2026-11-20T10:00:00Z' })) }), 400, 'items');
  });

  it('pages through applications that arrived within one millisecond without skipping any', async () => {
    const { recruiter, ats, trackingCode } = await setup();
    for (let i = 0; i < 3; i++) await ats('post', '/api/applications').send({ trackingCode, source: 'ats', externalId: `same-ms-${i}` }).expect(201);
    // Microseconds apart within one millisecond: a cursor (a JS Date) cannot tell them apart from the column.
    await t.dataSource.query(`UPDATE applications SET created_at = '2026-12-01T10:00:00.123Z'::timestamptz + ((regexp_replace(external_id, '\\D', '', 'g')::int + 1) * interval '300 microseconds')`);
    const first = (await recruiter.get('/api/applications?limit=2').expect(200)).body;
    const second = (await recruiter.get(`/api/applications?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`).expect(200)).body;
    const seen = [...first.items, ...second.items].map((a: { externalId: string }) => a.externalId).sort();
    expect(seen).toEqual(['same-ms-0', 'same-ms-1', 'same-ms-2']);
  });

  it('filters the list by job, campaign, platform, segment and stage, and counts the pipeline per stage', async () => {
    const { admin, recruiter, ats, trackingCode, jobId, campaignId } = await setup();
    const other = await seedLiveCampaign(t, await createSandboxConnection(admin, 'Second'));
    for (let i = 0; i < 4; i++) await ats('post', '/api/applications').send({ trackingCode, source: 'ats', externalId: `a-${i}` }).expect(201);
    await ats('post', '/api/applications').send({ trackingCode: other.trackingCode, source: 'ats', externalId: 'b-0' }).expect(201);
    await ats('post', '/api/applications/dispositions').send({ items: [
      { externalId: 'a-0', stage: 'interview', at: '2026-11-20T10:00:00Z' },
      { externalId: 'a-1', stage: 'hired', at: '2026-11-20T10:00:00Z' },
      { externalId: 'a-2', stage: 'rejected', at: '2026-11-20T10:00:00Z' },
    ] }).expect(200);
    const [{ segment }] = await t.dataSource.query(`SELECT segment_ids[1]::text AS segment FROM campaigns WHERE id = $1`, [campaignId]);

    const ids = async (query: string) => (await recruiter.get(`/api/applications?${query}`).expect(200)).body.items.map((a: { externalId: string }) => a.externalId).sort();
    expect(await ids(`jobId=${jobId}`)).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    expect(await ids(`campaignId=${other.campaignId}`)).toEqual(['b-0']);
    expect(await ids(`segmentId=${segment}`)).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    expect(await ids(`platform=sandbox&stage=hired`)).toEqual(['a-1']);
    expect(await ids(`platform=meta`)).toEqual([]);
    expectProblem(await recruiter.get('/api/applications?stage=promoted'), 400, 'stage');
    expectProblem(await recruiter.get('/api/applications?segmentId=nope'), 400, 'segmentId');
    const page = await recruiter.get(`/api/applications?jobId=${jobId}&limit=3`).expect(200);
    const rest = await recruiter.get(`/api/applications?jobId=${jobId}&limit=3&cursor=${page.body.nextCursor}`).expect(200);
    expect(page.body.items.length + rest.body.items.length).toBe(4);

    const pipeline = await recruiter.get(`/api/applications/pipeline?jobId=${jobId}`).expect(200);
    const byStage = Object.fromEntries(pipeline.body.stages.map((s: { stage: string; current: number; reached: number }) => [s.stage, [s.current, s.reached]]));
    expect(pipeline.body.total).toBe(4);
    expect(byStage).toEqual({ applied: [1, 4], screening: [0, 2], interview: [1, 2], offer: [0, 1], hired: [1, 1], rejected: [1, 1], withdrawn: [0, 0] });
  });
});

describe('cost per interview and per hire, conversion rates (integration)', () => {
  let t: TestApp;
  let builders: AdapterBuilders;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_SYNC_WINDOW_DAYS: '3' });
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  it('divides the synced spend by the interviews and hires reached in the period, by platform, campaign, job and segment', async () => {
    const admin = await loginAs(t, 'admin');
    const recruiter = await loginAs(t, 'recruiter');
    const connectionId = await createSandboxConnection(admin);
    const { campaignId, trackingCode, jobId } = await seedLiveCampaign(t, connectionId);
    builders.sandbox = () => fixedDeliveryPlatform({ impressions: 1000, reach: 800, clicks: 20, spendMinor: 1500, conversions: 1 });
    await t.app.get(MetricsSyncService).syncCampaign(campaignId);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await admin.post('/api/applications', { trackingCode, source: 'careers' }).expect(201)).body.id);
    // 4 applications: 3 screened, 2 interviewed (one of them hired straight from screening: a hire implies an interview), 1 offer, 1 hire.
    await recruiter.patch(`/api/applications/${ids[0]}`, { stage: 'screening' }).expect(200);
    await recruiter.patch(`/api/applications/${ids[1]}`, { stage: 'interview' }).expect(200);
    await recruiter.patch(`/api/applications/${ids[2]}`, { stage: 'screening' }).expect(200);
    await recruiter.patch(`/api/applications/${ids[2]}`, { stage: 'hired' }).expect(200);
    await recruiter.patch(`/api/applications/${ids[3]}`, { stage: 'rejected' }).expect(200);

    const expected = {
      spendMinor: 4500, applications: 4, screenings: 3, interviews: 2, offers: 1, hires: 1,
      costPerApplicantMinor: 1125, costPerInterviewMinor: 2250, costPerHireMinor: 4500,
      screeningRate: 0.75, interviewRate: 2 / 3, offerRate: 0.5, hireRate: 1,
    };
    const summary = await admin.get(`/api/dashboard/summary?to=${today()}`).expect(200);
    expect(summary.body.current).toMatchObject({ ...expected, interviewRate: expect.closeTo(2 / 3, 6) });
    expect(summary.body.previous).toMatchObject({ interviews: 0, hires: 0, costPerHireMinor: null });
    expect(summary.body.deltas.hires).toEqual({ value: 1, previous: 0, change: null });
    for (const by of ['platform', 'campaign', 'job', 'segment']) {
      const breakdown = await admin.get(`/api/dashboard/breakdown?by=${by}`).expect(200);
      expect(breakdown.body.rows).toEqual([expect.objectContaining({ ...expected, interviewRate: expect.closeTo(2 / 3, 6) })]);
    }
    const job = await admin.get(`/api/jobs/${jobId}/metrics`).expect(200);
    expect(job.body.totals).toMatchObject({ costPerHireMinor: 4500, costPerInterviewMinor: 2250 });
    const csv = await admin.get('/api/dashboard/breakdown?by=campaign&format=csv').expect(200);
    expect(csv.text.split('\r\n')[0]).toContain('costPerHire (USD)');

    // A period that ended before anyone was interviewed has no cost per hire.
    const yesterday = addDays(today(), -1);
    const before = await admin.get(`/api/dashboard/summary?from=${addDays(today(), -10)}&to=${yesterday}`).expect(200);
    expect(before.body.current).toMatchObject({ hires: 0, interviews: 0, costPerHireMinor: null, costPerInterviewMinor: null });
  });
});
