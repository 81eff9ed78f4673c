import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segment fairness audit (issue 13.9–11): self-declared, audit-only demographics in their own
 * table (never a segmentation feature; deleted with the candidate), each run's audit on the run
 * and its segments, and the admin override recorded on a campaign that targets flagged segments.
 */
export class SegmentFairnessAudit1796410424882 implements MigrationInterface {
  name = 'SegmentFairnessAudit1796410424882';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE candidate_demographics (
        candidate_id uuid PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        age_band varchar(20) CHECK (age_band IN ('18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'prefer_not_to_say')),
        gender varchar(20) CHECK (gender IN ('woman', 'man', 'non_binary', 'self_described', 'prefer_not_to_say')),
        disability varchar(20) CHECK (disability IN ('yes', 'no', 'prefer_not_to_say')),
        veteran varchar(20) CHECK (veteran IN ('yes', 'no', 'prefer_not_to_say')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE segmentation_runs ADD COLUMN fairness jsonb`);
    await q.query(`ALTER TABLE segments ADD COLUMN fairness jsonb`);
    await q.query(`ALTER TABLE campaigns ADD COLUMN fairness_override jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN fairness_override`);
    await q.query(`ALTER TABLE segments DROP COLUMN fairness`);
    await q.query(`ALTER TABLE segmentation_runs DROP COLUMN fairness`);
    await q.query(`DROP TABLE candidate_demographics`);
  }
}
