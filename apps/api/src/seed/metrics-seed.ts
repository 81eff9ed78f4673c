import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../ads-platforms/connections/sandbox-connection.seed';
import type { AppConfig } from '../config/app-config';
import { MetricsRepository } from '../performance/sync/metrics.repository';

export interface MetricsSeedOptions {
  publications: number;
  days: number;
  log?: (message: string) => void;
}

/**
 * `npm run seed -- --metrics`: a year of delivery for many publications, generated inside
 * PostgreSQL (generate_series + hashing, deterministic) so 3.65M rows load in seconds.
 * The seeded publications are `completed` on a sandbox connection so the scheduler does not
 * try to re-sync thousands of made-up objects; their numbers feed dashboards and benchmarks.
 */
export async function seedMetrics(db: DataSource, config: AppConfig, options: MetricsSeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  await seedSandboxConnection(db, config);
  const [{ id: connectionId }] = await db.query(`SELECT id FROM platform_connections WHERE kind = 'sandbox' AND archived_at IS NULL ORDER BY created_at LIMIT 1`);
  let started = Date.now();
  const [{ count: jobs }] = await db.query(`SELECT count(*)::int AS count FROM jobs`);
  if (jobs < 50) {
    await db.query(
      `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
       SELECT 'Seeded role ' || g, 'Seeded for metrics', 'Seeded for metrics', 'AdFlux Demo', (ARRAY['US','GB','DE','ES','CO'])[1 + g % 5],
              'hybrid', 'full_time', 'mid', 'https://careers.example.com/jobs/' || g, 'open'
       FROM generate_series(1, 200) g`,
    );
  }
  // Re-running tops up to the requested size instead of doubling it.
  const [{ count: existing }] = await db.query(`SELECT count(*)::int AS count FROM campaigns WHERE name LIKE 'Seeded campaign %'`);
  const segments: { id: string }[] = await db.query(`SELECT id FROM segments ORDER BY id LIMIT 8`).catch(() => []);
  const segmentIds = segments.length ? segments.map((s) => s.id) : null;
  await db.query(
    `WITH job_list AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM jobs)
     INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
     SELECT 'Seeded campaign ' || g, j.id,
            CASE WHEN $3::uuid[] IS NULL THEN ARRAY[gen_random_uuid()] ELSE ARRAY[($3::uuid[])[1 + g % cardinality($3::uuid[])]] END,
            'traffic', 2000 + (g % 50) * 100, 'USD', now() - make_interval(days => $2), '{"headline":"Seeded"}'
     FROM generate_series($4::int + 1, $1) g JOIN job_list j ON j.n = 1 + g % j.total`,
    [options.publications, options.days, segmentIds, existing],
  );
  await db.query(
    `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at, status_changed_at)
     SELECT c.id, $1, 'sandbox', 'completed', '{}', jsonb_build_object('campaign', 'seed-' || c.id), md5(c.id::text), left(md5('t' || c.id::text), 24),
            c.starts_at, c.starts_at
     FROM campaigns c WHERE c.name LIKE 'Seeded campaign %' AND NOT EXISTS (SELECT 1 FROM campaign_publications p WHERE p.campaign_id = c.id)`,
    [connectionId],
  );
  log(`campaigns and publications: ${Date.now() - started} ms`);
  started = Date.now();
  await db.query(
    `INSERT INTO publication_metrics_daily (publication_id, date, impressions, reach, clicks, spend_minor, currency, spend_reporting_minor, conversions)
     SELECT p.id, d::date, imp, (imp * 0.8)::bigint, clicks, spend, 'USD', spend, clicks / 25
     FROM campaign_publications p
     CROSS JOIN generate_series(current_date - ($1::int - 1), current_date, interval '1 day') d
     CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || d::text)) AS h) hash
     CROSS JOIN LATERAL (SELECT 500 + h % 4500 AS imp, (500 + h % 4500) * (5 + h % 25) / 1000 AS clicks, 300 + h % 2700 AS spend) v
     WHERE p.external_ids ? 'campaign' AND p.external_ids->>'campaign' LIKE 'seed-%'
     ON CONFLICT DO NOTHING`,
    [options.days],
  );
  log(`daily metrics: ${Date.now() - started} ms`);
  started = Date.now();
  await db.query(
    `INSERT INTO applications (publication_id, tracking_code, source, created_at)
     SELECT p.id, p.tracking_code, 'seed', current_date - (abs(hashtext(p.id::text || g)) % $1) + interval '12 hours'
     FROM campaign_publications p CROSS JOIN generate_series(1, 20) g
     WHERE p.external_ids->>'campaign' LIKE 'seed-%'`,
    [options.days],
  );
  const days: { date: string }[] = await db.query(`SELECT DISTINCT date::text AS date FROM publication_metrics_daily`);
  await new MetricsRepository(db).refreshPlatformRollup(days.map((d) => d.date));
  await db.query(`ANALYZE publication_metrics_daily; ANALYZE applications; ANALYZE metrics_daily_platform`);
  log(`applications and rollup: ${Date.now() - started} ms`);
}
