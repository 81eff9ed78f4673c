import { MigrationInterface, QueryRunner } from 'typeorm';

/** Synthetic data generation runs (POST /api/data-generation): what was asked, progress, outcome. */
export class DataGeneration1795670777959 implements MigrationInterface {
  name = 'DataGeneration1795670777959';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_generation_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
      generator varchar(16) NOT NULL CHECK (generator IN ('offline','gemini')),
      seed integer NOT NULL,
      jobs_requested integer NOT NULL CHECK (jobs_requested >= 0),
      candidates_requested integer NOT NULL CHECK (candidates_requested >= 0),
      jobs_processed integer NOT NULL DEFAULT 0,
      candidates_processed integer NOT NULL DEFAULT 0,
      jobs_created integer NOT NULL DEFAULT 0,
      candidates_created integer NOT NULL DEFAULT 0,
      candidates_updated integer NOT NULL DEFAULT 0,
      items_dropped integer NOT NULL DEFAULT 0,
      error text,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX data_generation_runs_created_at_id_idx ON data_generation_runs(created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_generation_runs`);
  }
}
