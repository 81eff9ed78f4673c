import { MigrationInterface, QueryRunner } from 'typeorm';

/** Import options (column mapping, default salary currency) and rows kept with warnings. */
export class CandidateImportOptions1796399515668 implements MigrationInterface {
  name = 'CandidateImportOptions1796399515668';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidate_imports ADD COLUMN options jsonb NOT NULL DEFAULT '{}', ADD COLUMN warned_count integer NOT NULL DEFAULT 0`);
    // kept = the row was imported without its invalid optional values (a warning, not a rejection).
    await q.query(`ALTER TABLE candidate_import_rejections ADD COLUMN kept boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM candidate_import_rejections WHERE kept`);
    await q.query(`ALTER TABLE candidate_import_rejections DROP COLUMN kept`);
    await q.query(`ALTER TABLE candidate_imports DROP COLUMN options, DROP COLUMN warned_count`);
  }
}
