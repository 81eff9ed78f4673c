import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import { CONNECTION_NEEDS_REAUTH } from '../src/ads-platforms';
import { JOB_ADS_PAUSED, PUBLICATION_FAILED } from '../src/campaigns';
import { AUTOMATION_RULE_FIRED } from '../src/performance';
import { SEGMENTATION_RUN_FAILED } from '../src/segments';
import { createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';
import { jobBody } from './jobs-fixtures';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';

// Imports and e-mail go through Redis and Bull workers; on a busy machine that takes more than jest's default 5 s.
jest.setTimeout(60_000);

type User = Session & { userId: string; email: string };

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const list = async (u: Session, query = '') => (await u.get(`/api/notifications${query}`).expect(200)).body as { items: Array<Record<string, any>>; nextCursor: string | null };
const kindsOf = async (u: Session) => (await list(u)).items.map((n) => n.kind);

async function uploadCsv(t: TestApp, u: Session, content: string | Buffer, name: string): Promise<string> {
  const res = await request(t.app.getHttpServer()).post('/api/candidates/imports').set('Cookie', u.cookie).set('X-CSRF-Token', u.csrf).attach('file', Buffer.from(content), name);
  expect(res.status).toBe(202);
  return res.body.id;
}

describe('notifications (integration)', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let admin: User;
  let recruiter: User;
  let viewer: User;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: 'AdFlux <alerts@adflux.test>' });
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    smtp.messages.length = 0;
    admin = await loginAs(t, 'admin');
    recruiter = await loginAs(t, 'recruiter');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('an import that finishes notifies its uploader in the app, and by e-mail once they asked for it', async () => {
    const prefs = await recruiter.put('/api/notifications/preferences', { items: [{ kind: 'import_finished', inApp: true, email: true }] }).expect(200);
    expect(prefs.body.emailAvailable).toBe(true);
    expect(prefs.body.items.find((p: { kind: string }) => p.kind === 'import_finished')).toMatchObject({ inApp: true, email: true });

    const importId = await uploadCsv(t, recruiter, 'full_name,email\nAna Gómez,ana@example.com\nLi Wei,li@example.com\nNo Email,\n', 'people.csv');
    const { items } = await eventually(() => list(recruiter), (p) => p.items.length > 0, 'the import notification');
    expect(items[0]).toMatchObject({
      kind: 'import_finished', title: 'Import of people.csv finished', body: '2 created, 0 updated, 1 rejected.', link: `/candidates/imports/${importId}`, readAt: null,
    });
    expect((await recruiter.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 1 });
    // The uploader is known, so nobody else is told.
    expect(await kindsOf(admin)).toEqual([]);

    const mail = await eventually(async () => smtp.messages, (m) => m.length > 0, 'the e-mail');
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toEqual([recruiter.email]);
    expect(mail[0].from).toBe('alerts@adflux.test');
    expect(mail[0].raw).toContain('Subject: [AdFlux] Import of people.csv finished');
    expect(mail[0].text).toMatch(new RegExp(`Open in AdFlux: https?://\\S+/candidates/imports/${importId}`));
    const [row] = await t.dataSource.query('SELECT emailed_at FROM notifications WHERE user_id = $1', [recruiter.userId]);
    expect(row.emailed_at).not.toBeNull();
  });

  it('an import that fails is e-mailed by default; a kind switched off in the app is not listed', async () => {
    await recruiter.put('/api/notifications/preferences', { items: [{ kind: 'import_failed', inApp: false, email: true }] }).expect(200);
    // Bad encoding deep in the file passes the upload check and fails the import in the worker.
    const rows = Array.from({ length: 3000 }, (_, i) => `p${i}@example.com,Person ${i}`);
    await uploadCsv(t, recruiter, Buffer.from(`email,full_name\n${rows.join('\n')}\nlate@example.com,Jos\xe9 Late\n`, 'latin1'), 'broken.csv');
    const mail = await eventually(async () => smtp.messages, (m) => m.length > 0, 'the failure e-mail');
    expect(mail[0].to).toEqual([recruiter.email]);
    expect(mail[0].raw).toContain('Subject: [AdFlux] Import of broken.csv failed');
    expect(await kindsOf(recruiter)).toEqual([]);
    expect((await recruiter.get('/api/notifications/unread-count').expect(200)).body.count).toBe(0);
  });

  it('routes events nobody owns to admins and recruiters, connection problems to admins only, and owned ones to the owner', async () => {
    const events = t.app.get(EventEmitter2);
    events.emit(SEGMENTATION_RUN_FAILED, { runId: '00000000-0000-4000-8000-000000000001', error: 'Too few candidates.' });
    events.emit(CONNECTION_NEEDS_REAUTH, { connectionId: '00000000-0000-4000-8000-000000000002', kind: 'meta', detail: 'Token expired.' });
    const job = await recruiter.post('/api/jobs', jobBody()).expect(201);
    events.emit(JOB_ADS_PAUSED, { jobId: job.body.id, paused: 2, reason: 'Paused automatically: the job was closed.' });
    events.emit(AUTOMATION_RULE_FIRED, {
      ruleId: 'r1', ruleName: 'Budget cap', metric: 'budget_used_share', action: 'pause', campaignId: '00000000-0000-4000-8000-000000000003',
      campaignName: 'Nurses', ownerUserId: admin.userId, message: 'Paused automatically by rule "Budget cap".',
    });
    events.emit(AUTOMATION_RULE_FIRED, {
      ruleId: 'r2', ruleName: 'Pricey clicks', metric: 'cpc', action: 'notify', campaignId: '00000000-0000-4000-8000-000000000004',
      campaignName: 'Welders', ownerUserId: null, message: 'Automation alert from rule "Pricey clicks".',
    });
    events.emit(PUBLICATION_FAILED, {
      campaignId: '00000000-0000-4000-8000-000000000005', campaignName: 'Drivers', publicationId: '00000000-0000-4000-8000-000000000006',
      ownerUserId: recruiter.userId, message: 'Stopped: the connection\'s credentials were refused.', needsReauth: true,
    });

    const adminKinds = await eventually(() => kindsOf(admin), (k) => k.length === 4, 'four admin notifications');
    expect(adminKinds.sort()).toEqual(['automation_rule_fired', 'budget_cap_reached', 'connection_needs_reauth', 'segmentation_failed']);
    const recruiterKinds = await eventually(() => kindsOf(recruiter), (k) => k.length === 4, 'four recruiter notifications');
    expect(recruiterKinds.sort()).toEqual(['automation_rule_fired', 'job_ads_paused', 'publication_failed', 'segmentation_failed']);
    expect(await kindsOf(viewer)).toEqual([]);
    const paused = (await list(recruiter)).items.find((n) => n.kind === 'job_ads_paused')!;
    expect(paused).toMatchObject({ title: 'Ads paused for "Senior Backend Engineer"', link: `/jobs/${job.body.id}` });
    const failed = (await list(recruiter)).items.find((n) => n.kind === 'publication_failed')!;
    expect(failed).toMatchObject({ title: 'Campaign "Drivers" stopped: the platform refused the credentials', link: '/campaigns/00000000-0000-4000-8000-000000000005' });
    // segmentation_failed, connection_needs_reauth, budget_cap_reached and publication_failed are e-mailed by default;
    // job_ads_paused and automation_rule_fired are not.
    const mail = await eventually(async () => smtp.messages, (m) => m.length >= 5, 'five e-mails');
    await new Promise((r) => setTimeout(r, 500)); // nothing more arrives
    expect(mail.map((m) => m.to[0]).sort()).toEqual([admin.email, admin.email, admin.email, recruiter.email, recruiter.email].sort());
  });

  it('lists newest first in keyset pages, marks one or all read, and keeps each person to their own', async () => {
    const events = t.app.get(EventEmitter2);
    for (let i = 0; i < 3; i++) events.emit(SEGMENTATION_RUN_FAILED, { runId: `00000000-0000-4000-8000-00000000000${i}`, error: `Failure ${i}` });
    await eventually(() => kindsOf(recruiter), (k) => k.length === 3, 'three notifications');
    await eventually(() => kindsOf(admin), (k) => k.length === 3, 'three admin notifications');

    const first = await list(recruiter, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(recruiter, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((n) => n.id);
    expect(new Set(ids).size).toBe(3);

    const read = await recruiter.post(`/api/notifications/${ids[0]}/read`).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await recruiter.post(`/api/notifications/${ids[0]}/read`).expect(200)).body.readAt).toBe(read.body.readAt);
    expect((await recruiter.get('/api/notifications/unread-count').expect(200)).body.count).toBe(2);
    expect((await list(recruiter, '?unread=true')).items.map((n) => n.id)).not.toContain(ids[0]);
    // Another person's notification is not found for me, and is left unread.
    expectProblem(await admin.post(`/api/notifications/${ids[1]}/read`), 404);
    expect((await admin.post('/api/notifications/read-all').expect(200)).body.updated).toBe(3);
    expect((await recruiter.get('/api/notifications/unread-count').expect(200)).body.count).toBe(2);
    expect((await recruiter.post('/api/notifications/read-all').expect(200)).body).toEqual({ updated: 2 });
    expect((await recruiter.get('/api/notifications/unread-count').expect(200)).body.count).toBe(0);
  });

  it('preferences: defaults per kind, changes kept per person, bad input is a 400 naming the field', async () => {
    const defaults = (await viewer.get('/api/notifications/preferences').expect(200)).body;
    expect(defaults.items.find((p: { kind: string }) => p.kind === 'import_failed')).toMatchObject({ inApp: true, email: true, label: expect.any(String) });
    expect(defaults.items.find((p: { kind: string }) => p.kind === 'import_finished')).toMatchObject({ inApp: true, email: false });
    const changed = await viewer.put('/api/notifications/preferences', { items: [{ kind: 'segmentation_finished', inApp: false, email: true }] }).expect(200);
    expect(changed.body.items.find((p: { kind: string }) => p.kind === 'segmentation_finished')).toMatchObject({ inApp: false, email: true });
    expect((await recruiter.get('/api/notifications/preferences').expect(200)).body.items.find((p: { kind: string }) => p.kind === 'segmentation_finished')).toMatchObject({ inApp: true, email: false });

    expectProblem(await viewer.put('/api/notifications/preferences', { items: [{ kind: 'lottery_won', inApp: true, email: true }] }), 400, 'items.0.kind');
    expectProblem(await viewer.put('/api/notifications/preferences', { items: [{ kind: 'import_failed', inApp: 'yes', email: true }] }), 400, 'items.0.inApp');
    expectProblem(await viewer.put('/api/notifications/preferences', { items: [] }), 400, 'items');
    expectProblem(await viewer.put('/api/notifications/preferences', {
      items: [{ kind: 'import_failed', inApp: true, email: true }, { kind: 'import_failed', inApp: false, email: false }],
    }), 400, 'items.1.kind');
    expectProblem(await viewer.get('/api/notifications?cursor=bm90LWEtY3Vyc29y'), 400, 'cursor');
    expectProblem(await viewer.get('/api/notifications?unread=maybe'), 400, 'unread');
    expectProblem(await viewer.post('/api/notifications/not-a-uuid/read'), 400);
  });
});
