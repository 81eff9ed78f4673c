import request from 'supertest';
import { EventBus } from '../src/events/event-bus';
import { compareIds } from '../src/events/live-event';
import { LiveEventHub } from '../src/events/live-event-hub';
import { LiveStreams } from '../src/events/live-streams.service';
import { waitFor } from './fixtures/wait-for';
import { createTestApp, loginAs, resetState, TestApp } from './harness';
import { AppProcess } from './support/app-process';
import { SseClient } from './support/sse-client';
import { TEST_ENV } from './test-env';

jest.setTimeout(300_000);

const HEARTBEAT_MS = '300';
const CSV = ['full_name,email,years_experience', ...Array.from({ length: 30 }, (_, i) => `Person ${i},live${i}@example.com,${i % 20}`)].join('\n');

/**
 * Issue 14 item 4: live updates over SSE. Two API processes and one worker run as real child
 * processes (src/main.ts with APP_ROLE), sharing PostgreSQL and Redis with this test's own app
 * (APP_ROLE=api, used for setup and as a third publisher).
 */
describe('live updates over SSE across processes (integration)', () => {
  let t: TestApp;
  let apis: AppProcess[] = [];
  let worker: AppProcess | undefined;
  const clients: SseClient[] = [];
  const open = async (api: { url: string }, headers: Record<string, string>, query = '') => {
    const client = await SseClient.open(`${api.url}/api/events/stream${query}`, headers);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp({ APP_ROLE: 'api', EVENTS_HEARTBEAT_MS: HEARTBEAT_MS });
    await resetState(t.dataSource);
    const env = { ...TEST_ENV, EVENTS_HEARTBEAT_MS: HEARTBEAT_MS, EVENTS_MAX_STREAMS_PER_CALLER: '3' };
    apis = await Promise.all([AppProcess.start('api', env), AppProcess.start('api', env)]);
    worker = await AppProcess.start('worker', env);
    await Promise.all(apis.map((a) => a.ready()));
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([...apis, ...(worker ? [worker] : [])].map((p) => p.stop()));
    await t?.close();
  });

  it('an import run by the worker reaches a client of each API process, after the row says so', async () => {
    const recruiter = await loginAs(t, 'recruiter');
    const [a, b] = await Promise.all(apis.map((api) => open(api, { Cookie: recruiter.cookie })));
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.contentType).toMatch(/^text\/event-stream/);

    const upload = await request(apis[0].url).post('/api/candidates/imports').set('Cookie', recruiter.cookie).set('X-CSRF-Token', recruiter.csrf)
      .attach('file', Buffer.from(CSV), 'live.csv').expect(202);
    const importId: string = upload.body.id;
    const completed = (events: SseClient['events']) => events.some((e) => e.data.type === 'import.progress' && e.data.data?.importId === importId && e.data.data?.status === 'completed');
    await Promise.all([a.waitUntil('import completed on API 1', completed), b.waitUntil('import completed on API 2', completed)]);

    // The same events, with the same ids, reached both API processes' clients.
    const ofImport = (c: SseClient) => c.ofType('import.progress').map((e) => `${e.id} ${e.data.data?.status}`);
    expect(ofImport(a)).toEqual(ofImport(b));
    expect(a.ofType('import.progress').at(-1)!.data.data).toEqual({ importId, status: 'completed', percent: 100 });
    const row = await request(apis[1].url).get(`/api/candidates/imports/${importId}`).set('Cookie', recruiter.cookie).expect(200);
    expect(row.body.status).toBe('completed');
  });

  it('filters by caller: admin-only events to admins, a notification to its user, nothing private to an API token', async () => {
    const [admin, viewer] = [await loginAs(t, 'admin'), await loginAs(t, 'viewer')];
    const { body } = await admin.post('/api/api-tokens', { name: 'live', scopes: ['read'] }).expect(201);
    const adminC = await open(apis[0], { Cookie: admin.cookie });
    const viewerC = await open(apis[1], { Cookie: viewer.cookie });
    const tokenC = await open(apis[1], { Authorization: `Bearer ${body.secret}` });
    expect(tokenC.status).toBe(200);

    const bus = t.app.get(EventBus);
    await bus.publish({ type: 'connection.needs_reauth', data: { connectionId: 'conn-1', kind: 'meta' } });
    await bus.publish({ type: 'notification.created', data: { notificationId: 'for-viewer' }, userId: viewer.userId });
    await bus.publish({ type: 'notification.created', data: { notificationId: 'for-admin' }, userId: admin.userId });
    await bus.publish({ type: 'sync.finished', data: { campaignId: 'camp-1', connectionId: null, ok: true } });
    const synced = (events: SseClient['events']) => events.some((e) => e.data.type === 'sync.finished' && e.data.data?.campaignId === 'camp-1');
    await Promise.all([adminC, viewerC, tokenC].map((c) => c.waitUntil('sync.finished', synced)));

    const seen = (c: SseClient) => c.events.map((e) => `${e.data.type}${e.data.data?.notificationId ? `:${e.data.data.notificationId}` : ''}`);
    expect(seen(adminC)).toEqual(['connection.needs_reauth', 'notification.created:for-admin', 'sync.finished']);
    expect(seen(viewerC)).toEqual(['notification.created:for-viewer', 'sync.finished']);
    expect(seen(tokenC)).toEqual(['sync.finished']);

    const anonymous = await fetch(`${apis[0].url}/api/events/stream`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('replays what a client missed after Last-Event-ID, on another API process, once and in order; a lost gap says reset', async () => {
    const recruiter = await loginAs(t, 'recruiter');
    const bus = t.app.get(EventBus);
    const first = await open(apis[0], { Cookie: recruiter.cookie });
    await bus.publish({ type: 'sync.finished', data: { campaignId: 'before', connectionId: null, ok: true } });
    await first.waitUntil('first event', (events) => events.length === 1);
    const lastId = first.lastId!;
    first.close();

    await bus.publish({ type: 'sync.finished', data: { campaignId: 'missed-1', connectionId: null, ok: true } });
    await bus.publish({ type: 'connection.needs_reauth', data: { connectionId: 'c', kind: 'google' } }); // admins only
    await bus.publish({ type: 'sync.finished', data: { campaignId: 'missed-2', connectionId: null, ok: true } });

    const again = await open(apis[1], { Cookie: recruiter.cookie, 'Last-Event-ID': lastId });
    await bus.publish({ type: 'sync.finished', data: { campaignId: 'live', connectionId: null, ok: true } });
    await again.waitUntil('replay then live', (events) => events.some((e) => e.data.data?.campaignId === 'live'));
    expect(again.events.map((e) => e.data.data?.campaignId)).toEqual(['missed-1', 'missed-2', 'live']);
    const ids = again.events.map((e) => e.id!);
    expect([...ids].sort(compareIds)).toEqual(ids);
    expect(compareIds(ids[0], lastId)).toBe(1);

    // An id older than anything kept: events may be lost, so the client is told to refetch, then gets what is kept.
    // (A fresh EventSource cannot set the header: the query parameter does the same.)
    const stale = await open(apis[0], { Cookie: recruiter.cookie }, '?lastEventId=1-0');
    await stale.waitUntil('reset', (events) => events.some((e) => e.data.data?.campaignId === 'missed-2'));
    expect(stale.events[0].data).toEqual({ type: 'reset' });
    expect(stale.events[0].id).toBeUndefined();
    const bad = await fetch(`${apis[0].url}/api/events/stream?lastEventId=yesterday`, { headers: { Cookie: recruiter.cookie } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors.map((e: { field: string }) => e.field)).toEqual(['lastEventId']);
  });

  it('sends heartbeats, and ends the stream once the session is signed out (the reconnect gets 401)', async () => {
    const viewer = await loginAs(t, 'viewer');
    const c = await open(apis[0], { Cookie: viewer.cookie });
    await waitFor('a heartbeat', async () => c.comments.includes('ping'), 10_000);
    await viewer.post('/api/auth/logout').expect((res) => expect(res.status).toBeLessThan(300));
    await Promise.race([c.ended, new Promise((_, reject) => setTimeout(() => reject(new Error('stream still open after sign-out')), 5000))]);
    expect((await fetch(`${apis[0].url}/api/events/stream`, { headers: { Cookie: viewer.cookie } })).status).toBe(401);
  });

  it('limits the streams one caller holds on one process (429 with Retry-After), and frees a slot on disconnect', async () => {
    const viewer = await loginAs(t, 'viewer');
    const held = [await open(apis[0], { Cookie: viewer.cookie }), await open(apis[0], { Cookie: viewer.cookie }), await open(apis[0], { Cookie: viewer.cookie })];
    expect(held.map((c) => c.status)).toEqual([200, 200, 200]);
    const refused = await fetch(`${apis[0].url}/api/events/stream`, { headers: { Cookie: viewer.cookie } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect((await open(apis[1], { Cookie: viewer.cookie })).status).toBe(200); // another process counts its own
    held[0].close();
    await waitFor('a freed slot', async () => {
      const res = await fetch(`${apis[0].url}/api/events/stream`, { headers: { Cookie: viewer.cookie }, signal: AbortSignal.timeout(2000) }).catch(() => null);
      if (res?.status !== 200) return false;
      await res.body?.cancel();
      return true;
    }, 10_000);
  });

  it('forgets a client that disconnects (no listener or timer left behind)', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const recruiter = await loginAs(t, 'recruiter');
    const streams = t.app.get(LiveStreams);
    const hub = t.app.get(LiveEventHub);
    const before = hub.listenerCount;
    const c = await open({ url: `http://127.0.0.1:${port}` }, { Cookie: recruiter.cookie });
    await waitFor('stream registered', async () => streams.openCount === 1);
    expect(hub.listenerCount).toBe(before + 1);
    c.close();
    await waitFor('stream forgotten', async () => streams.openCount === 0 && hub.listenerCount === before, 5000);
  });
});
