import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function keeping assignments' copies of the candidate sort keys in step (1796417000000). */
const SYNC_SORT_KEYS_FUNCTION = 'adflux_assignments_sort_keys';

/** The function's settings, unchanged: the planner hashed a whole 1M-row partition for a 5k-row batch. */
const SETTINGS = 'SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off';

/**
 * The trigger's UPDATE named the active run through a join on segmentation_runs, so PostgreSQL
 * planned and opened every run's partition on every candidate write: 10–18 ms for a one-row
 * UPDATE with 50 runs kept (0.2–0.5 ms without the trigger), growing with each run. The run is now
 * read first and written into the statement, which the planner prunes to that one partition.
 */
export class SortKeysTriggerPrunesRuns1796418000000 implements MigrationInterface {
  name = 'SortKeysTriggerPrunesRuns1796418000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION ${SYNC_SORT_KEYS_FUNCTION}() RETURNS trigger LANGUAGE plpgsql ${SETTINGS} AS $$
      DECLARE active_run uuid;
      BEGIN
        SELECT id INTO active_run FROM segmentation_runs WHERE active;
        IF active_run IS NULL THEN RETURN NULL; END IF;
        EXECUTE format('UPDATE segment_assignments a
                           SET full_name = n.full_name, updated_at = n.updated_at, years_experience = n.years_experience
                          FROM changed_candidates n
                         WHERE a.run_id = %L::uuid AND a.candidate_id = n.id
                           AND (a.full_name, a.updated_at, a.years_experience) IS DISTINCT FROM (n.full_name, n.updated_at, n.years_experience)', active_run);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION ${SYNC_SORT_KEYS_FUNCTION}() RETURNS trigger LANGUAGE plpgsql ${SETTINGS} AS $$
      BEGIN
        EXECUTE 'UPDATE segment_assignments a
                    SET full_name = n.full_name, updated_at = n.updated_at, years_experience = n.years_experience
                   FROM segmentation_runs r, changed_candidates n
                  WHERE r.active AND a.run_id = r.id AND a.candidate_id = n.id
                    AND (a.full_name, a.updated_at, a.years_experience) IS DISTINCT FROM (n.full_name, n.updated_at, n.years_experience)';
        RETURN NULL;
      END $$`);
  }
}
