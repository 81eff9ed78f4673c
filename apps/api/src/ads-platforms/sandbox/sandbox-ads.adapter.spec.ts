import type { PublishSpec } from '../ads-platform.port';
import { publishSpec } from '../test-fixtures';
import { deliverySeed, simulateDailyDelivery } from './sandbox-delivery';
import { SandboxAdsAdapter } from './sandbox-ads.adapter';
import { InMemorySandboxStore } from './sandbox-store';

function setup(startIso = '2026-12-01T00:00:00Z') {
  const clock = { now: new Date(startIso) };
  const store = new InMemorySandboxStore();
  const adapter = new SandboxAdsAdapter(store, { now: () => clock.now });
  return { clock, store, adapter };
}

async function publish(adapter: SandboxAdsAdapter, spec: PublishSpec) {
  const ids: Record<string, string> = {};
  for (const step of adapter.steps) ids[step] = await adapter.runStep(step, spec, ids);
  return ids;
}

const spec = publishSpec({ startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-10T00:00:00Z') });

describe('SandboxAdsAdapter', () => {
  it('verifies as a labelled simulation', async () => {
    await expect(setup().adapter.verify()).resolves.toEqual({ ok: true, detail: expect.stringContaining('simulated') });
  });

  it('creates campaign (paused), ad set and ad with the spec’s budget and audience', async () => {
    const { store, adapter } = setup();
    const ids = await publish(adapter, spec);
    const objects = await store.getObjects({ publicationKey: spec.idempotencyKey });
    expect(objects.map((o) => [o.type, o.status])).toEqual([['campaign', 'paused'], ['adset', 'active'], ['ad', 'active']]);
    expect(objects.find((o) => o.type === 'adset')?.payload).toMatchObject({ dailyBudgetMinor: 2500, currency: 'USD', audienceSize: 50_000 });
    expect(Object.keys(ids)).toEqual(['campaign', 'adset', 'ad']);
  });

  it('a retried step returns the same object instead of a duplicate', async () => {
    const { store, adapter } = setup();
    const first = await adapter.runStep('campaign', spec, {});
    await expect(adapter.runStep('campaign', spec, {})).resolves.toBe(first);
    expect(store.all()).toHaveLength(1);
  });

  it('reports no delivery before activation, then only for the active part of each day', async () => {
    const { clock, adapter } = setup('2026-12-01T00:00:00Z');
    const ids = await publish(adapter, spec);
    clock.now = new Date('2026-12-02T12:00:00Z');
    await adapter.setStatus(ids, 'active');
    clock.now = new Date('2026-12-04T06:00:00Z');
    await adapter.setStatus(ids, 'paused');
    clock.now = new Date('2026-12-06T00:00:00Z');

    const rows = await adapter.fetchInsights(ids, '2026-12-01', '2026-12-05');
    expect(rows.map((r) => r.date)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04']);
    const expected = (date: string, activeShare: number) => simulateDailyDelivery({ dailyBudgetMinor: 2500, currency: 'USD', audienceSize: 50_000, activeShare, seed: deliverySeed(spec.idempotencyKey, date) });
    expect(rows[0]).toEqual({ date: '2026-12-02', currency: 'USD', ...expected('2026-12-02', 0.5) });
    expect(rows[1]).toEqual({ date: '2026-12-03', currency: 'USD', ...expected('2026-12-03', 1) });
    expect(rows[2]).toEqual({ date: '2026-12-04', currency: 'USD', ...expected('2026-12-04', 0.25) });
    expect(rows.every((r) => r.spendMinor <= 2500 && r.reach !== null && r.reach <= r.impressions)).toBe(true);
  });

  it('never reports the future or days outside the schedule', async () => {
    const { clock, adapter } = setup('2026-12-08T00:00:00Z');
    const ids = await publish(adapter, spec);
    await adapter.setStatus(ids, 'active');
    clock.now = new Date('2026-12-09T06:00:00Z');
    const rows = await adapter.fetchInsights(ids, '2026-12-07', '2026-12-12');
    expect(rows.map((r) => r.date)).toEqual(['2026-12-08', '2026-12-09']);
    clock.now = new Date('2026-12-20T00:00:00Z');
    const later = await adapter.fetchInsights(ids, '2026-12-07', '2026-12-12');
    expect(later.map((r) => r.date)).toEqual(['2026-12-08', '2026-12-09']); // endsAt = 10 Dec 00:00
  });

  it('archived campaigns cannot be reactivated; unknown ids and steps are validation errors', async () => {
    const { adapter } = setup();
    const ids = await publish(adapter, spec);
    await adapter.setStatus(ids, 'archived');
    await expect(adapter.setStatus(ids, 'active')).rejects.toMatchObject({ kind: 'validation' });
    await expect(adapter.fetchInsights({ campaign: 'sbx_campaign_nope' }, '2026-12-01', '2026-12-01')).rejects.toMatchObject({ kind: 'validation' });
    await expect(adapter.runStep('creative', spec, ids)).rejects.toMatchObject({ kind: 'validation' });
  });

  it('applies the employment rules too (https landing page)', async () => {
    await expect(setup().adapter.runStep('campaign', publishSpec({ landingUrl: 'http://jobs.example.com' }), {})).rejects.toMatchObject({ kind: 'validation' });
  });

  it('applies edits of a live campaign to the stored objects: budget on the ad set, end on the campaign, text on the ad', async () => {
    const { store, adapter } = setup();
    const ids = await publish(adapter, spec);
    const edited = { ...spec, dailyBudgetMinor: 9900, endsAt: new Date('2026-12-20T00:00:00Z'), creative: { ...spec.creative, headline: 'New headline' } };
    await expect(adapter.update(ids, edited, ['budget'])).resolves.toEqual({});
    const byType = async () => Object.fromEntries((await store.getObjects({ publicationKey: spec.idempotencyKey })).map((o) => [o.type, o.payload]));
    expect((await byType()).adset.dailyBudgetMinor).toBe(9900);
    // Only the listed changes are applied.
    expect((await byType()).campaign.endsAt).toBe('2026-12-10T00:00:00.000Z');
    await adapter.update(ids, edited, ['schedule', 'creative']);
    expect((await byType()).campaign.endsAt).toBe('2026-12-20T00:00:00.000Z');
    expect((await byType()).ad.creative).toMatchObject({ headline: 'New headline' });
    await adapter.setStatus(ids, 'archived');
    await expect(adapter.update(ids, edited, ['budget'])).rejects.toMatchObject({ kind: 'validation' });
  });
});
