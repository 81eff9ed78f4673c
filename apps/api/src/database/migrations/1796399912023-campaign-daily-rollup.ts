import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-campaign-per-day rollup of delivery and applications, so the campaigns performance list can
 * sort every campaign by spend, clicks or applicants over a date range from one narrow table
 * (one row per campaign and day, applications already counted) instead of joining the daily
 * publication metrics and counting the applications table per request. The covering index on
 * (date, campaign) lets a range be read with an index-only scan.
 * `spend_minor` is in the campaign's own currency (for budget pacing); `spend_reporting_minor`
 * in the reporting currency (for sorting and totals).
 */
export class CampaignDailyRollup1796399912023 implements MigrationInterface {
  name = 'CampaignDailyRollup1796399912023';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE metrics_daily_campaign (
      campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      date date NOT NULL,
      impressions bigint NOT NULL DEFAULT 0,
      clicks bigint NOT NULL DEFAULT 0,
      spend_minor bigint NOT NULL DEFAULT 0,
      spend_reporting_minor bigint NOT NULL DEFAULT 0,
      applications bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (campaign_id, date)
    )`);
    await q.query(`CREATE INDEX metrics_daily_campaign_date_idx ON metrics_daily_campaign (date, campaign_id)
      INCLUDE (impressions, clicks, spend_reporting_minor, applications)`);
    await q.query(`INSERT INTO metrics_daily_campaign (campaign_id, date, impressions, clicks, spend_minor, spend_reporting_minor, applications)
      SELECT coalesce(d.campaign_id, a.campaign_id), coalesce(d.date, a.date), coalesce(d.impressions, 0), coalesce(d.clicks, 0),
             coalesce(d.spend_minor, 0), coalesce(d.spend_reporting_minor, 0), coalesce(a.applications, 0)
      FROM (SELECT p.campaign_id, m.date, sum(m.impressions) AS impressions, sum(m.clicks) AS clicks, sum(m.spend_minor) AS spend_minor,
                   sum(m.spend_reporting_minor) AS spend_reporting_minor
            FROM publication_metrics_daily m JOIN campaign_publications p ON p.id = m.publication_id GROUP BY 1, 2) d
      FULL JOIN (SELECT p.campaign_id, (a.created_at AT TIME ZONE 'UTC')::date AS date, count(*) AS applications
                 FROM applications a JOIN campaign_publications p ON p.id = a.publication_id GROUP BY 1, 2) a
        ON a.campaign_id = d.campaign_id AND a.date = d.date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE metrics_daily_campaign`);
  }
}
