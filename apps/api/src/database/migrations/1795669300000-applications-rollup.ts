import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications join the per-day-per-platform rollup so dashboard totals and the applications
 * chart read a few hundred rows instead of counting the applications table.
 */
export class ApplicationsRollup1795669300000 implements MigrationInterface {
  name = 'ApplicationsRollup1795669300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metrics_daily_platform ADD COLUMN applications bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE metrics_daily_platform ALTER COLUMN impressions SET DEFAULT 0, ALTER COLUMN reach SET DEFAULT 0,
      ALTER COLUMN clicks SET DEFAULT 0, ALTER COLUMN spend_reporting_minor SET DEFAULT 0, ALTER COLUMN conversions SET DEFAULT 0,
      ALTER COLUMN publications SET DEFAULT 0`);
    await q.query(`UPDATE metrics_daily_platform r SET applications = a.n FROM (
      SELECT (a.created_at AT TIME ZONE 'UTC')::date AS date, p.platform, count(*) AS n
      FROM applications a JOIN campaign_publications p ON p.id = a.publication_id GROUP BY 1, 2) a
      WHERE a.date = r.date AND a.platform = r.platform`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metrics_daily_platform DROP COLUMN applications`);
  }
}
