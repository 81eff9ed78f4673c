import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Edits of a published campaign (budget, end date, ad text) owed to each live publication: the
 * row says what is owed (`update_generation` above `applied_update_generation`, `pending_changes`
 * listing which parts), so a job lost with Redis is enqueued again by the reconciler and the edit
 * is never lost. Each edit raises the generation; the update job records the one it applied.
 */
export class PublicationLiveUpdates1796400715529 implements MigrationInterface {
  name = 'PublicationLiveUpdates1796400715529';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_publications
      ADD COLUMN update_generation int NOT NULL DEFAULT 0,
      ADD COLUMN applied_update_generation int NOT NULL DEFAULT 0,
      ADD COLUMN pending_changes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX campaign_publications_update_owed_idx ON campaign_publications (updated_at)
      WHERE update_generation > applied_update_generation`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX campaign_publications_update_owed_idx`);
    await q.query(`ALTER TABLE campaign_publications DROP COLUMN update_generation, DROP COLUMN applied_update_generation, DROP COLUMN pending_changes`);
  }
}
