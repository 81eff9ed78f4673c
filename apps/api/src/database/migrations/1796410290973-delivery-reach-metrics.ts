import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily rows carry what platforms report beyond impressions/clicks/spend: unique clicks, the
 * platform's own CPM (micros of the account currency) and frequency. Reach becomes nullable: a
 * platform that does not report reach (Google Search) stores NULL, never 0, so reports show "—"
 * and frequency is not computed from a fake denominator. Existing Google rows held 0 for "not
 * reported" and become NULL.
 */
export class DeliveryReachMetrics1796410290973 implements MigrationInterface {
  name = 'DeliveryReachMetrics1796410290973';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE publication_metrics_daily
      ALTER COLUMN reach DROP NOT NULL, ALTER COLUMN reach DROP DEFAULT,
      ADD COLUMN unique_clicks bigint CHECK (unique_clicks >= 0),
      ADD COLUMN cpm_micros bigint CHECK (cpm_micros >= 0),
      ADD COLUMN frequency numeric(12, 4) CHECK (frequency >= 0)`);
    await q.query(`UPDATE publication_metrics_daily m SET reach = NULL
      FROM campaign_publications p WHERE p.id = m.publication_id AND p.platform = 'google' AND m.reach = 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE publication_metrics_daily SET reach = 0 WHERE reach IS NULL`);
    await q.query(`ALTER TABLE publication_metrics_daily
      DROP COLUMN unique_clicks, DROP COLUMN cpm_micros, DROP COLUMN frequency,
      ALTER COLUMN reach SET DEFAULT 0, ALTER COLUMN reach SET NOT NULL`);
  }
}
