import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segmentation runs, their segments and the candidate → segment assignment of every run.
 * - At most one run is queued or running (partial unique index: a second request is a 409),
 *   and at most one run is active (the current segmentation).
 * - segment_assignments is written in bulk (COPY) once per run, so it carries no foreign key to
 *   candidates (a per-row check would double the write time at 1M rows); lists join candidates,
 *   so a deleted candidate simply drops out. Its primary key is in candidate order for upserts,
 *   the second index serves a segment's members sorted by distance (most typical first).
 * - candidates.segment_id follows the active run (a background sync after activation, in
 *   batches: rewriting a million candidate rows in one transaction would lock them for minutes);
 *   candidates_synced_at tells when it caught up. Deleting a segment clears it.
 */
export class Segments1795669000000 implements MigrationInterface {
  name = 'Segments1795669000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE segmentation_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','succeeded','failed')),
      trigger varchar(16) NOT NULL DEFAULT 'manual' CHECK (trigger IN ('manual','scheduled')),
      parameters jsonb NOT NULL,
      phase varchar(16),
      progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      model jsonb,
      k smallint,
      silhouette double precision,
      inertia double precision,
      silhouette_by_k jsonb NOT NULL DEFAULT '[]',
      sizes jsonb NOT NULL DEFAULT '[]',
      training jsonb,
      map jsonb,
      notes jsonb NOT NULL DEFAULT '[]',
      candidate_count integer,
      timings jsonb NOT NULL DEFAULT '{}',
      error text,
      active boolean NOT NULL DEFAULT false,
      requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
      requested_by_label varchar(254),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      activated_at timestamptz(3),
      candidates_synced_at timestamptz,
      CONSTRAINT segmentation_runs_active_chk CHECK (NOT active OR status = 'succeeded')
    )`);
    await q.query(`CREATE UNIQUE INDEX segmentation_runs_one_in_flight ON segmentation_runs ((true)) WHERE status IN ('queued','running')`);
    await q.query(`CREATE UNIQUE INDEX segmentation_runs_one_active ON segmentation_runs ((true)) WHERE active`);
    await q.query(`CREATE INDEX segmentation_runs_created_at_id_idx ON segmentation_runs (created_at DESC, id DESC)`);

    await q.query(`CREATE TABLE segments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      run_id uuid NOT NULL REFERENCES segmentation_runs(id) ON DELETE CASCADE,
      index smallint NOT NULL CHECK (index >= 0),
      name varchar(120) NOT NULL,
      description varchar(1000) NOT NULL,
      generated_name varchar(120) NOT NULL,
      profile jsonb NOT NULL,
      size integer NOT NULL CHECK (size >= 0),
      share double precision NOT NULL,
      edited_by uuid REFERENCES users(id) ON DELETE SET NULL,
      edited_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT segments_run_index_key UNIQUE (run_id, index)
    )`);
    await q.query(`CREATE UNIQUE INDEX segments_run_name_key ON segments (run_id, lower(name))`);

    await q.query(`CREATE TABLE segment_assignments (
      run_id uuid NOT NULL REFERENCES segmentation_runs(id) ON DELETE CASCADE,
      candidate_id uuid NOT NULL,
      segment_index smallint NOT NULL,
      distance real NOT NULL,
      PRIMARY KEY (run_id, candidate_id)
    )`);
    await q.query(`CREATE INDEX segment_assignments_segment_idx ON segment_assignments (run_id, segment_index, distance, candidate_id)`);

    await q.query(`ALTER TABLE candidates ADD CONSTRAINT candidates_segment_id_fkey
      FOREIGN KEY (segment_id) REFERENCES segments(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates DROP CONSTRAINT IF EXISTS candidates_segment_id_fkey`);
    await q.query(`DROP TABLE segment_assignments, segments, segmentation_runs`);
  }
}
