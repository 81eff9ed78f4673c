import type { DataSource } from 'typeorm';

/**
 * The SQL of `npm run seed -- --metrics`: campaigns, publications, a year of daily delivery and
 * applications, generated inside PostgreSQL (generate_series + hashing, deterministic). Seed data
 * for dashboards and benchmarks only: it writes those modules' tables directly, in bulk, because
 * no API creates millions of metric rows.
 */
export class MetricsSeedRepository {
  constructor(private readonly db: DataSource) {}

  async sandboxConnectionId(): Promise<string> {
    const [{ id }] = await this.db.query(`SELECT id FROM platform_connections WHERE kind = 'sandbox' AND archived_at IS NULL ORDER BY created_at LIMIT 1`);
    return id;
  }

  async countJobs(): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM jobs`);
    return count;
  }

  async countSeededCampaigns(): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM campaigns WHERE name LIKE 'Seeded campaign %'`);
    return count;
  }

  /** Up to eight segment ids to target; null when segmentation never ran. */
  async someSegmentIds(): Promise<string[] | null> {
    const segments: { id: string }[] = await this.db.query(`SELECT id FROM segments ORDER BY id LIMIT 8`).catch(() => []);
    return segments.length ? segments.map((s) => s.id) : null;
  }

  /** Campaigns `existing + 1 … total`, spread over the jobs, started `days` ago. */
  async insertCampaigns(total: number, days: number, segmentIds: string[] | null, existing: number): Promise<void> {
    await this.db.query(
      `WITH job_list AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM jobs)
       INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
       SELECT 'Seeded campaign ' || g, j.id,
              CASE WHEN $3::uuid[] IS NULL THEN ARRAY[gen_random_uuid()] ELSE ARRAY[($3::uuid[])[1 + g % cardinality($3::uuid[])]] END,
              'traffic', 2000 + (g % 50) * 100, 'USD', now() - make_interval(days => $2), '{"headline":"Seeded"}'
       FROM generate_series($4::int + 1, $1) g JOIN job_list j ON j.n = 1 + g % j.total`,
      [total, days, segmentIds, existing],
    );
  }

  /** One completed sandbox publication per seeded campaign that has none. */
  async insertPublications(connectionId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at, status_changed_at)
       SELECT c.id, $1, 'sandbox', 'completed', '{}', jsonb_build_object('campaign', 'seed-' || c.id), md5(c.id::text), left(md5('t' || c.id::text), 24),
              c.starts_at, c.starts_at
       FROM campaigns c WHERE c.name LIKE 'Seeded campaign %' AND NOT EXISTS (SELECT 1 FROM campaign_publications p WHERE p.campaign_id = c.id)`,
      [connectionId],
    );
  }

  async insertDailyMetrics(days: number): Promise<void> {
    await this.db.query(
      `INSERT INTO publication_metrics_daily (publication_id, date, impressions, reach, clicks, spend_minor, currency, spend_reporting_minor, conversions,
                                             unique_clicks, cpm_micros, frequency)
       SELECT p.id, d::date, imp, (imp * 0.8)::bigint, clicks, spend, 'USD', spend, clicks / 25,
              (clicks * 0.9)::bigint, (spend::numeric * 10000000 / imp)::bigint, round(imp::numeric / (imp * 0.8)::bigint, 4)
       FROM campaign_publications p
       CROSS JOIN generate_series(current_date - ($1::int - 1), current_date, interval '1 day') d
       CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || d::text)) AS h) hash
       CROSS JOIN LATERAL (SELECT 500 + h % 4500 AS imp, (500 + h % 4500) * (5 + h % 25) / 1000 AS clicks, 300 + h % 2700 AS spend) v
       WHERE p.external_ids ? 'campaign' AND p.external_ids->>'campaign' LIKE 'seed-%'
       ON CONFLICT DO NOTHING`,
      [days],
    );
  }

  /**
   * `perPublication` applications per seeded publication over the last `days`, with a plausible
   * funnel (40 % screened, 15 % interviewed, 5 % offered, 3 % hired, 20 % rejected), each stage a few
   * days after the previous one and never in the future.
   */
  async insertApplications(days: number, perPublication: number): Promise<void> {
    await this.db.query(
      `INSERT INTO applications (publication_id, job_id, tracking_code, source, created_at, stage, stage_at, screening_at, interview_at, offer_at, hired_at, rejected_at)
       SELECT id, job_id, tracking_code, 'seed', created_at,
              CASE WHEN r < 3 AND hired <= now() THEN 'hired' WHEN r < 5 AND offer <= now() THEN 'offer' WHEN r < 15 AND interview <= now() THEN 'interview'
                   WHEN r < 40 AND screening <= now() THEN 'screening' WHEN r >= 40 AND r < 60 AND rejected <= now() THEN 'rejected' ELSE 'applied' END,
              NULL,
              CASE WHEN r < 40 AND screening <= now() THEN screening END, CASE WHEN r < 15 AND interview <= now() THEN interview END,
              CASE WHEN r < 5 AND offer <= now() THEN offer END, CASE WHEN r < 3 AND hired <= now() THEN hired END,
              CASE WHEN r >= 40 AND r < 60 AND rejected <= now() THEN rejected END
       FROM (SELECT p.id, c.job_id, p.tracking_code, t.created_at, abs(hashtext(p.id::text || g || 's')) % 100 AS r,
                    t.created_at + interval '2 days' AS screening, t.created_at + interval '5 days' AS interview,
                    t.created_at + interval '9 days' AS offer, t.created_at + interval '12 days' AS hired, t.created_at + interval '3 days' AS rejected
             FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id CROSS JOIN generate_series(1, $2::int) g
             CROSS JOIN LATERAL (SELECT current_date - (abs(hashtext(p.id::text || g)) % $1) + interval '12 hours' AS created_at) t
             WHERE p.external_ids->>'campaign' LIKE 'seed-%') a`,
      [days, perPublication],
    );
  }

  async countSeededApplications(): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM applications WHERE source = 'seed'`);
    return count;
  }

  /** Drops the seeded applications (to reseed them at another size). */
  async deleteSeededApplications(): Promise<void> {
    await this.db.query(`DELETE FROM applications WHERE source = 'seed'`);
  }

  async metricDays(): Promise<string[]> {
    const days: { date: string }[] = await this.db.query(`SELECT DISTINCT date::text AS date FROM publication_metrics_daily`);
    return days.map((d) => d.date);
  }

  /** The per-campaign-per-day rollup of the seeded campaigns, in one grouped pass (the sync's per-key refresh would take minutes here). */
  async rebuildCampaignRollup(): Promise<void> {
    await this.db.query(
      `INSERT INTO metrics_daily_campaign (campaign_id, date, impressions, clicks, spend_minor, spend_reporting_minor, applications)
       SELECT coalesce(d.campaign_id, a.campaign_id), coalesce(d.date, a.date), coalesce(d.impressions, 0), coalesce(d.clicks, 0),
              coalesce(d.spend_minor, 0), coalesce(d.spend_reporting_minor, 0), coalesce(a.applications, 0)
       FROM (SELECT p.campaign_id, m.date, sum(m.impressions) AS impressions, sum(m.clicks) AS clicks, sum(m.spend_minor) AS spend_minor,
                    sum(m.spend_reporting_minor) AS spend_reporting_minor
             FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id
             WHERE p.external_ids->>'campaign' LIKE 'seed-%' GROUP BY 1, 2) d
       FULL JOIN (SELECT p.campaign_id, (a.created_at AT TIME ZONE 'UTC')::date AS date, count(*) AS applications
                  FROM applications a JOIN campaign_publications p ON p.id = a.publication_id
                  WHERE p.external_ids->>'campaign' LIKE 'seed-%' GROUP BY 1, 2) a
         ON a.campaign_id = d.campaign_id AND a.date = d.date
       ON CONFLICT (campaign_id, date) DO UPDATE SET
         impressions = EXCLUDED.impressions, clicks = EXCLUDED.clicks, spend_minor = EXCLUDED.spend_minor,
         spend_reporting_minor = EXCLUDED.spend_reporting_minor, applications = EXCLUDED.applications`,
    );
  }

  async analyze(): Promise<void> {
    await this.db.query(`ANALYZE campaigns; ANALYZE campaign_publications; ANALYZE publication_metrics_daily; ANALYZE metrics_daily_platform`);
    // Own statements (VACUUM cannot run in the implicit transaction of a multi-statement query): they set the
    // visibility map, so rollup reads and stage counts are index-only scans right after a bulk load.
    await this.db.query(`VACUUM ANALYZE metrics_daily_campaign`);
    await this.db.query(`VACUUM ANALYZE applications`);
  }
}
