import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Sync now" ends with a result the recruiter can read ("+4 impressions", "nothing new"): the served
 * request keeps what the sync added (delivery totals after minus before), so the SPA shows it when
 * the job has finished, even after a reload.
 */
export class SyncRequestOutcome1796399458115 implements MigrationInterface {
  name = 'SyncRequestOutcome1796399458115';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metrics_sync_requests ADD COLUMN outcome jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE metrics_sync_requests DROP COLUMN outcome`);
  }
}
