import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidate's current segment is read through the active run's assignments (CURRENT_SEGMENT_JOIN)
 * instead of a copy on the candidate row: rewriting a million candidate rows after each activation
 * (non-HOT, every candidates index) took ~17 minutes, during which lists showed stale segments.
 * candidates.segment_id / segment_distance go with their foreign key and index.
 */
export class CandidatesDropSegmentCopy1795681335012 implements MigrationInterface {
  name = 'CandidatesDropSegmentCopy1795681335012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates DROP CONSTRAINT IF EXISTS candidates_segment_id_fkey`);
    await q.query(`DROP INDEX IF EXISTS candidates_segment_created_idx`);
    await q.query(`ALTER TABLE candidates DROP COLUMN segment_id, DROP COLUMN segment_distance`);
  }

  /** The columns come back empty: nothing fills them any more. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates ADD COLUMN segment_id uuid, ADD COLUMN segment_distance real`);
    await q.query(`CREATE INDEX candidates_segment_created_idx ON candidates(segment_id, created_at, id)`);
    await q.query(`ALTER TABLE candidates ADD CONSTRAINT candidates_segment_id_fkey
      FOREIGN KEY (segment_id) REFERENCES segments(id) ON DELETE SET NULL`);
  }
}
