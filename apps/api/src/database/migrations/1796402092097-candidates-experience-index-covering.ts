import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The experience sort index also carries years_experience itself, so a walk of it can be an
 * index-only scan (PostgreSQL reads an expression index without the heap only when every column
 * the query uses is in the index). The segment-filtered list sorted by experience walks it that
 * way, checking each candidate against the segment's members (candidate-list.sql.ts).
 */
export class CandidatesExperienceIndexCovering1796402092097 implements MigrationInterface {
  name = 'CandidatesExperienceIndexCovering1796402092097';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_experience_id_idx`);
    await q.query(`CREATE INDEX candidates_experience_id_idx ON candidates((COALESCE(years_experience, -1)), id) INCLUDE (years_experience)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidates_experience_id_idx`);
    await q.query(`CREATE INDEX candidates_experience_id_idx ON candidates((COALESCE(years_experience, -1)), id)`);
  }
}
