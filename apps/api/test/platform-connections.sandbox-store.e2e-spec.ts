import { AdsPlatformFactory } from '../src/ads-platforms/connections/ads-platform.factory';
import { SandboxObjectsRepository } from '../src/ads-platforms/sandbox/sandbox-objects.repository';
import { publishSpec } from '../src/ads-platforms/test-fixtures';
import { createTestApp, loginAs, resetState, TestApp } from './harness';

/** The sandbox platform's objects in PostgreSQL (SandboxObjectsRepository) and the sandbox adapter built on it. */
describe('sandbox platform on the database (integration)', () => {
  let t: TestApp;
  let connectionA: string;
  let connectionB: string;
  const at = new Date('2026-12-01T08:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    await resetState(t.dataSource);
    const admin = await loginAs(t, 'admin');
    connectionA = (await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'A' }).expect(201)).body.id;
    connectionB = (await admin.post('/api/platform-connections', { kind: 'sandbox', name: 'B' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM sandbox_objects`))[0].n as number;

  it('a retried create returns the object the first attempt stored, even when attempts race', async () => {
    const store = t.app.get(SandboxObjectsRepository).storeFor(connectionA);
    const first = await store.createObject('af-1', 'campaign', { name: 'Nurse' }, 'paused', at);
    expect(await store.createObject('af-1', 'campaign', { name: 'changed' }, 'active', at)).toBe(first);
    const raced = await Promise.all(Array.from({ length: 5 }, () => store.createObject('af-2', 'adset', { budget: 1 }, 'active', at)));
    expect(new Set(raced).size).toBe(1);
    expect(await store.createObject('af-1', 'adset', {}, 'active', at)).not.toBe(first);
    expect(await count()).toBe(3);
    const [stored] = await store.getObjects({ id: first });
    expect(stored).toEqual({
      id: first, publicationKey: 'af-1', type: 'campaign', payload: { name: 'Nurse' }, status: 'paused',
      statusHistory: [{ status: 'paused', at }], createdAt: at,
    });
  });

  it('keeps each connection\'s objects apart', async () => {
    const a = t.app.get(SandboxObjectsRepository).storeFor(connectionA);
    const b = t.app.get(SandboxObjectsRepository).storeFor(connectionB);
    const inA = await a.createObject('af-1', 'campaign', {}, 'paused', at);
    const inB = await b.createObject('af-1', 'campaign', {}, 'paused', at);
    expect(inB).not.toBe(inA);
    expect((await b.getObjects({ publicationKey: 'af-1' })).map((o) => o.id)).toEqual([inB]);
    expect(await b.getObjects({ id: inA })).toEqual([]);
    await expect(b.setStatus(inA, 'active', at)).rejects.toThrow(/does not exist/);
  });

  it('records status changes once each, oldest first; unknown ids throw', async () => {
    const store = t.app.get(SandboxObjectsRepository).storeFor(connectionA);
    const id = await store.createObject('af-1', 'campaign', {}, 'paused', at);
    const later = new Date('2026-12-02T09:30:00Z');
    await store.setStatus(id, 'active', later);
    await store.setStatus(id, 'active', new Date('2026-12-03T00:00:00Z')); // unchanged: no entry
    const [object] = await store.getObjects({ id });
    expect(object.status).toBe('active');
    expect(object.statusHistory).toEqual([{ status: 'paused', at }, { status: 'active', at: later }]);
    await expect(store.setStatus('00000000-0000-4000-8000-000000000000', 'paused', at)).rejects.toThrow(/does not exist/);
    await expect(store.setStatus('sbx_campaign_x', 'paused', at)).rejects.toThrow(/does not exist/);
    expect(await store.getObjects({ id: 'sbx_campaign_x' })).toEqual([]);
  });

  it('the factory\'s sandbox adapter publishes every step into the table, idempotently, and simulates delivery', async () => {
    const { connection, platform } = await t.app.get(AdsPlatformFactory).forConnection(connectionA);
    expect(connection).toMatchObject({ isSandbox: true, label: 'Sandbox' });
    const spec = publishSpec({ startsAt: new Date(Date.now() - 3 * 86_400_000), endsAt: undefined });
    const ids: Record<string, string> = {};
    for (const step of platform.steps) ids[step] = await platform.runStep(step, spec, ids);
    // A retried publication (same idempotency key) adopts the same objects.
    for (const step of platform.steps) expect(await platform.runStep(step, spec, ids)).toBe(ids[step]);
    expect(await count()).toBe(platform.steps.length);

    await platform.setStatus(ids, 'active');
    const rows = await t.dataSource.query(`SELECT type, status, connection_id FROM sandbox_objects WHERE type = 'campaign'`);
    expect(rows).toEqual([{ type: 'campaign', status: 'active', connection_id: connectionA }]);
    await expect(platform.verify()).resolves.toMatchObject({ ok: true });
    expect(Array.isArray(await platform.fetchInsights(ids, '2026-01-01', '2026-01-02'))).toBe(true);
  });
});
