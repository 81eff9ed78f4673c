import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard breakdowns (by job, campaign, platform, segment) count a period's applications and the hiring stages
 * reached in it (dashboard-query.ts). At 1M applications both reads went to the heap for every matching row:
 * the period's applications through applications_created_idx, and the stage counts through applications_screening_at_idx
 * (every application screened before the period's end, ~half of all, filtered afterwards on the last stage reached).
 * These two covering indexes answer both as index-only scans: applications created in the period with their publication,
 * and applications by the time of the last stage they reached (the stages CTE's lower bound) with every stage time.
 */
export class ApplicationsBreakdownCoveringIndexes1796412552967 implements MigrationInterface {
  name = 'ApplicationsBreakdownCoveringIndexes1796412552967';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX applications_created_publication_idx ON applications (created_at) INCLUDE (publication_id) WHERE publication_id IS NOT NULL`);
    await q.query(`
      CREATE INDEX applications_last_stage_at_idx ON applications ((COALESCE(hired_at, offer_at, interview_at, screening_at)))
      INCLUDE (publication_id, screening_at, interview_at, offer_at, hired_at) WHERE screening_at IS NOT NULL AND publication_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX applications_last_stage_at_idx`);
    await q.query(`DROP INDEX applications_created_publication_idx`);
  }
}
