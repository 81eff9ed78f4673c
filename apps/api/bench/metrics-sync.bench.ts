import { randomBytes } from 'node:crypto';
import type { PublishSpec } from '../src/ads-platforms/ads-platform.port';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { SandboxAdsAdapter } from '../src/ads-platforms/sandbox/sandbox-ads.adapter';
import { SandboxObjectsRepository } from '../src/ads-platforms/sandbox/sandbox-objects.repository';
import { appConfig } from '../src/config/app-config';
import { MetricsSyncService } from '../src/performance/sync/metrics-sync.service';
import { benchApp, peakRssMb } from './bench-support';

/**
 * Issue target: a sync of 1 000 active publications against the sandbox completes in under 60 s.
 * Setup publishes 1 000 sandbox campaigns (objects created three days ago), then times the sync
 * of their connection twice (the second run re-fetches and upserts the same days).
 */
const COUNT = Number(process.env.BENCH_SYNC_PUBLICATIONS ?? 1000);

async function main(): Promise<void> {
  const { app, db } = await benchApp({ APP_ROLE: 'api', METRICS_SYNC_WINDOW_DAYS: '3' });
  try {
    await seedSandboxConnection(db, appConfig());
    const [{ id: connectionId }] = await db.query(`SELECT id FROM platform_connections WHERE kind = 'sandbox' AND archived_at IS NULL ORDER BY created_at LIMIT 1`);
    const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM campaigns WHERE name LIKE 'Sync bench %'`);
    if (existing < COUNT) await publishSandboxCampaigns(db, connectionId, COUNT - existing, existing);
    const sync = app.get(MetricsSyncService);
    for (const run of ['first', 'second (idempotent re-sync)']) {
      const started = performance.now();
      const report = await sync.syncConnection(connectionId);
      const seconds = (performance.now() - started) / 1000;
      console.log(`sync ${run}: ${report.publications} publications, ${report.rows} daily rows, ${report.failed} failed in ${seconds.toFixed(2)} s (${(report.publications / seconds).toFixed(0)} publications/s)`);
    }
    console.log(`peak RSS ${peakRssMb()} MB`);
  } finally {
    await app.close();
  }
}

async function publishSandboxCampaigns(db: import('typeorm').DataSource, connectionId: string, count: number, offset: number): Promise<void> {
  const started = performance.now();
  const [job] = await db.query(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ('Sync bench role', 'bench', 'bench', 'AdFlux Bench', 'US', 'remote', 'full_time', 'mid', 'https://careers.example.com/bench', 'open') RETURNING id`,
  );
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
  const adapter = new SandboxAdsAdapter(new SandboxObjectsRepository(db).storeFor(connectionId), { now: () => threeDaysAgo });
  for (let i = 0; i < count; i++) {
    const key = randomBytes(12).toString('hex');
    const spec: PublishSpec = {
      idempotencyKey: key, name: `Sync bench ${offset + i}`, objective: 'traffic', dailyBudgetMinor: 5000, currency: 'USD', startsAt: threeDaysAgo,
      landingUrl: 'https://careers.example.com/bench',
      creative: { headline: 'Join us', primaryText: 'Great role', description: 'Apply now', callToAction: 'APPLY_NOW' },
      targeting: { countries: ['US'], cities: [], skills: ['TypeScript'], keywords: ['engineer'] },
      job: { title: 'Engineer', company: 'AdFlux Bench', skills: ['TypeScript'] }, audienceSize: 50_000,
    };
    const ids: Record<string, string> = {};
    for (const step of adapter.steps) ids[step] = await adapter.runStep(step, spec, ids);
    await adapter.setStatus(ids, 'active');
    const [campaign] = await db.query(
      `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
       VALUES ($1, $2, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', $3, '{}') RETURNING id`,
      [spec.name, job.id, threeDaysAgo],
    );
    await db.query(
      `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
       VALUES ($1, $2, 'sandbox', 'active', '{}', $3, $4, $5, $6)`,
      [campaign.id, connectionId, ids, key, randomBytes(9).toString('base64url'), threeDaysAgo],
    );
  }
  console.log(`published ${count} sandbox campaigns in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
