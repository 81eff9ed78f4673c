import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications become a hiring pipeline: the current stage (and the time of the stage event that
 * set it, so an older ATS disposition never overwrites a newer one; null until the first event, so
 * an ATS may backfill stages dated before AdFlux recorded the application), the first time each stage was
 * reached, notes, the job and an optional candidate. Every stage event is kept for the timeline;
 * (application, stage, at) is unique so a resent disposition is recorded once.
 * Partial indexes on the stage times keep "interviews/hires in a period" an index-only count.
 */
export class ApplicationPipeline1796399376402 implements MigrationInterface {
  name = 'ApplicationPipeline1796399376402';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE applications
      ADD COLUMN job_id uuid REFERENCES jobs(id) ON DELETE SET NULL,
      ADD COLUMN candidate_id uuid REFERENCES candidates(id) ON DELETE SET NULL,
      ADD COLUMN stage varchar(16) NOT NULL DEFAULT 'applied'
        CHECK (stage IN ('applied','screening','interview','offer','hired','rejected','withdrawn')),
      ADD COLUMN stage_at timestamptz,
      ADD COLUMN screening_at timestamptz,
      ADD COLUMN interview_at timestamptz,
      ADD COLUMN offer_at timestamptz,
      ADD COLUMN hired_at timestamptz,
      ADD COLUMN rejected_at timestamptz,
      ADD COLUMN withdrawn_at timestamptz,
      ADD COLUMN notes varchar(4000),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE applications a SET job_id = c.job_id
      FROM campaign_publications p JOIN campaigns c ON c.id = p.campaign_id WHERE p.id = a.publication_id`);
    await q.query(`CREATE INDEX applications_job_stage_idx ON applications(job_id, stage)`);
    await q.query(`CREATE INDEX applications_candidate_idx ON applications(candidate_id) WHERE candidate_id IS NOT NULL`);
    for (const stage of ['screening', 'interview', 'offer', 'hired']) {
      await q.query(`CREATE INDEX applications_${stage}_at_idx ON applications(${stage}_at) WHERE ${stage}_at IS NOT NULL AND publication_id IS NOT NULL`);
    }
    await q.query(`CREATE TABLE application_stage_events (
      id bigserial PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      stage varchar(16) NOT NULL CHECK (stage IN ('applied','screening','interview','offer','hired','rejected','withdrawn')),
      at timestamptz NOT NULL,
      source varchar(16) NOT NULL CHECK (source IN ('manual','ats')),
      actor varchar(254),
      note varchar(2000),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (application_id, stage, at)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_stage_events`);
    await q.query(`ALTER TABLE applications DROP COLUMN job_id, DROP COLUMN candidate_id, DROP COLUMN stage, DROP COLUMN stage_at,
      DROP COLUMN screening_at, DROP COLUMN interview_at, DROP COLUMN offer_at, DROP COLUMN hired_at, DROP COLUMN rejected_at,
      DROP COLUMN withdrawn_at, DROP COLUMN notes, DROP COLUMN updated_at`);
  }
}
