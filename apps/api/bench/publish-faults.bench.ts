import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import type { AdsPlatform, DeliveryStatus, ExternalIds, PublishSpec } from '../src/ads-platforms/ads-platform.port';
import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { FaultyPlatform } from '../src/ads-platforms/sandbox/faulty-platform';
import { SandboxAdsAdapter } from '../src/ads-platforms/sandbox/sandbox-ads.adapter';
import { SandboxObjectsRepository } from '../src/ads-platforms/sandbox/sandbox-objects.repository';
import { CAMPAIGNS_QUEUE } from '../src/campaigns/campaigns.queue';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from '../test/fixtures/campaign-fixtures';
import { appConfig } from '../src/config/app-config';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { benchApp, benchToken, peakRssMb } from './bench-support';
import { faultDatabaseUrl } from './faults/fault-database';
import { countSandboxObjects } from './faults/sandbox-duplicates';

/**
 * Fault run (`npm run bench:faults`): PUBLICATIONS publications (default 200) published through
 * the real HTTP API and Bull queue against the sandbox platform wrapped in FaultyPlatform, which
 * fails FAILURE_RATE (default 20 %) of calls with rate limits (platform wait 1 s), 5xx and
 * timeouts — a timeout on a create lets the platform commit first, the case that duplicates
 * objects unless every step is idempotent. Target: all publications end active, zero duplicates.
 * Prints time, attempts, retries by kind, final statuses and duplicates; exits 1 on a miss.
 * Runs in its own database (the bench database's name + `_publish`) and Redis queue prefix.
 */
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 200);
const FAILURE_RATE = Number(process.env.BENCH_FAILURE_RATE ?? 0.2);
const DATABASE_URL = faultDatabaseUrl('publish');
const TIMEOUT_MS = 10 * 60_000;

/** Counts the calls that reached the (simulated) platform, per step. */
class CountingPlatform implements AdsPlatform {
  readonly kind: AdsPlatform['kind'];
  readonly steps: readonly string[];
  readonly calls: Record<string, number> = {};
  constructor(private readonly inner: AdsPlatform) {
    this.kind = inner.kind;
    this.steps = inner.steps;
  }
  private count(key: string) {
    this.calls[key] = (this.calls[key] ?? 0) + 1;
  }
  verify() { return this.inner.verify(); }
  runStep(step: string, spec: PublishSpec, ids: ExternalIds) { this.count(step); return this.inner.runStep(step, spec, ids); }
  setStatus(ids: ExternalIds, status: DeliveryStatus) { this.count(`setStatus:${status}`); return this.inner.setStatus(ids, status); }
  fetchInsights(ids: ExternalIds, from: string, to: string) { return this.inner.fetchInsights(ids, from, to); }
  update(...args: Parameters<AdsPlatform['update']>) { return this.inner.update(...args); }
}

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  await runMigrations(DATABASE_URL);
  const { app, db, url } = await benchApp({
    APP_ROLE: 'all', DATABASE_URL, QUEUE_PREFIX: 'adflux_bench_publish',
    // The sandbox applies the employment-ad https rule to the tracking link.
    PUBLIC_BASE_URL: 'https://ads.adflux.bench', PUBLISH_BACKOFF_BASE_MS: '250', PUBLISH_BACKOFF_MAX_MS: '8000', PUBLISH_MAX_ATTEMPTS: '10',
  });
  try {
    await reset(db, app.get<Queue>(getQueueToken(CAMPAIGNS_QUEUE)));
    const connectionId = (await seedSandboxConnection(db, appConfig()))!.id;
    const counting = new CountingPlatform(new SandboxAdsAdapter(new SandboxObjectsRepository(db).storeFor(connectionId)));
    const faulty = new FaultyPlatform(counting, { failureRate: FAILURE_RATE, seed: 'bench', retryAfterMs: 1000 });
    // One shared instance: its per-call fault draws must see every attempt.
    app.get<AdapterBuilders>(ADAPTER_BUILDERS).sandbox = () => faulty;

    const jobId = await insertOpenJob(db);
    const segmentIds = await insertActiveSegments(db, [segmentProfile('Nurses', { size: 20_000 })]);
    const token = await benchToken(db);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const call = async (path: string, body: unknown, expected: number) => {
      const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status !== expected) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: string }>;
    };
    const ids: string[] = [];
    for (let i = 0; i < PUBLICATIONS; i++) ids.push((await call('/api/campaigns', campaignBody(jobId, segmentIds, [connectionId], { name: `Fault run ${i}` }), 201)).id);

    console.log(`${PUBLICATIONS} publications, ${Math.round(FAILURE_RATE * 100)} % of platform calls failing (rate limits with a 1 s wait, 5xx, timeouts after commit)`);
    const started = performance.now();
    await Promise.all(ids.map((id) => call(`/api/campaigns/${id}/publish`, {}, 202)));
    const requestMs = performance.now() - started;
    const settled = await waitUntilSettled(db, PUBLICATIONS);
    const seconds = (performance.now() - started) / 1000;

    const statuses = await db.query(`SELECT status, count(*)::int AS n FROM campaign_publications GROUP BY status ORDER BY status`);
    const [attempts] = await db.query(`SELECT sum(attempts)::int AS total, max(attempts)::int AS max, round(avg(attempts), 2)::float AS mean FROM campaign_publications`);
    const retries = await db.query(`SELECT details->>'kind' AS kind, count(*)::int AS n FROM campaign_events WHERE type = 'retry_scheduled' GROUP BY 1 ORDER BY 1`);
    const objects = await countSandboxObjects(db);
    const duplicates = objects.duplicates;
    const active = statuses.find((s: { status: string }) => s.status === 'active')?.n ?? 0;

    console.log(`\ntime: ${seconds.toFixed(1)} s until every publication settled (publish requests answered in ${(requestMs / 1000).toFixed(2)} s)${settled ? '' : ' — TIMED OUT'}`);
    console.log(`final statuses: ${statuses.map((s: { status: string; n: number }) => `${s.status} ${s.n}`).join(', ')}`);
    console.log(`attempts: ${attempts.total} in all (mean ${attempts.mean}, max ${attempts.max} per publication)`);
    console.log(`retries by kind: ${retries.map((r: { kind: string; n: number }) => `${r.kind} ${r.n}`).join(', ') || 'none'}`);
    console.log(`faults injected: rate limits ${faulty.injected.rate_limited}, 5xx ${faulty.injected.transient}, timeouts ${faulty.injected.timeout}`);
    console.log(`calls that reached the platform: ${Object.entries(counting.calls).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`platform objects: ${objects.total} for ${PUBLICATIONS} publications × 3 steps; duplicates ${duplicates} (extra objects ${objects.extra}, objects no publication recorded ${objects.orphans})`);
    console.log(`peak RSS ${peakRssMb()} MB`);
    const ok = active === PUBLICATIONS && duplicates === 0 && objects.total === PUBLICATIONS * 3;
    console.log(`target (all ${PUBLICATIONS} active, zero duplicates): ${ok ? 'OK' : 'MISSED'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

async function reset(db: DataSource, queue: Queue): Promise<void> {
  await db.query(`TRUNCATE campaigns, jobs, sandbox_objects, segmentation_runs RESTART IDENTITY CASCADE`);
  await queue.obliterate({ force: true });
}

async function waitUntilSettled(db: DataSource, count: number): Promise<boolean> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const [{ settled }] = await db.query(`SELECT count(*)::int AS settled FROM campaign_publications WHERE status NOT IN ('queued','publishing')`);
    if (settled === count) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
