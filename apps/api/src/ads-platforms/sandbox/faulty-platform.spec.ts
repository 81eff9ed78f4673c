import type { AdsPlatform, ExternalIds, PublishSpec } from '../ads-platform.port';
import { PlatformError } from '../platform-error';
import { publishSpec } from '../test-fixtures';
import { FaultyPlatform } from './faulty-platform';
import { SandboxAdsAdapter } from './sandbox-ads.adapter';
import { InMemorySandboxStore } from './sandbox-store';

/** A minimal publisher: resumes from recorded ids and retries retryable errors (no sleeping). */
async function publishWithRetries(platform: AdsPlatform, spec: PublishSpec, maxAttempts = 10): Promise<ExternalIds> {
  const ids: ExternalIds = {};
  const withRetry = async <T>(call: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        if (!(err instanceof PlatformError) || !err.retryable || attempt >= maxAttempts) throw err;
      }
    }
  };
  for (const step of platform.steps) ids[step] = await withRetry(() => platform.runStep(step, spec, ids));
  await withRetry(() => platform.setStatus(ids, 'active'));
  return ids;
}

describe('FaultyPlatform', () => {
  it('injects roughly the requested share of faults, of every kind, deterministically by seed', async () => {
    const run = async (seed: string) => {
      const faulty = new FaultyPlatform(new SandboxAdsAdapter(new InMemorySandboxStore()), { failureRate: 0.3, seed, maxConsecutiveFailures: 100 });
      const outcomes: string[] = [];
      for (let i = 0; i < 300; i++) outcomes.push(await faulty.verify().then(() => 'ok', (e: PlatformError) => e.kind));
      return { outcomes, injected: { ...faulty.injected } };
    };
    const a = await run('seed-1');
    expect(await run('seed-1')).toEqual(a);
    expect((await run('seed-2')).outcomes).not.toEqual(a.outcomes);
    const failures = a.outcomes.filter((o) => o !== 'ok').length;
    expect(failures).toBeGreaterThan(60);
    expect(failures).toBeLessThan(120);
    expect(a.injected.rate_limited).toBeGreaterThan(0);
    expect(a.injected.transient).toBeGreaterThan(0);
    expect(a.injected.timeout).toBeGreaterThan(0);
  });

  it('a timeout on a create lets the inner call commit first (the duplicate-making case)', async () => {
    const store = new InMemorySandboxStore();
    const faulty = new FaultyPlatform(new SandboxAdsAdapter(store), { failureRate: 1, seed: 's', kinds: ['timeout'] });
    await expect(faulty.runStep('campaign', publishSpec(), {})).rejects.toMatchObject({ kind: 'transient', message: expect.stringContaining('committed') });
    expect(store.all()).toHaveLength(1);
  });

  it('rate limits carry retryAfterMs; failures stop after maxConsecutiveFailures', async () => {
    const faulty = new FaultyPlatform(new SandboxAdsAdapter(new InMemorySandboxStore()), { failureRate: 1, seed: 's', kinds: ['rate_limited'], retryAfterMs: 5000, maxConsecutiveFailures: 2 });
    await expect(faulty.verify()).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 5000 });
    await expect(faulty.verify()).rejects.toMatchObject({ kind: 'rate_limited' });
    await expect(faulty.verify()).resolves.toMatchObject({ ok: true });
  });

  it('fault run: 200 publications with 20 % failures all end active, with zero duplicates', async () => {
    const store = new InMemorySandboxStore();
    const faulty = new FaultyPlatform(new SandboxAdsAdapter(store), { failureRate: 0.2, seed: 'fault-run' });
    const specs = Array.from({ length: 200 }, (_, i) => publishSpec({ idempotencyKey: `af-${String(i).padStart(4, '0')}` }));
    await Promise.all(specs.map((spec) => publishWithRetries(faulty, spec)));

    const objects = store.all();
    expect(objects).toHaveLength(600);
    const campaigns = objects.filter((o) => o.type === 'campaign');
    expect(new Set(campaigns.map((c) => c.publicationKey)).size).toBe(200);
    expect(campaigns.every((c) => c.status === 'active')).toBe(true);
    const injected = faulty.injected.rate_limited + faulty.injected.transient + faulty.injected.timeout;
    expect(injected).toBeGreaterThan(100); // ~20 % of ≥ 800 calls
    expect(faulty.injected.timeout).toBeGreaterThan(0);
  });
});
