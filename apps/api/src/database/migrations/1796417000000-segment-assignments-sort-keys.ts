import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function keeping assignments' copies of the candidate sort keys in step. */
const SYNC_SORT_KEYS_FUNCTION = 'adflux_assignments_sort_keys';

/**
 * segment_assignments also keeps the candidate's other list sort keys (full_name, updated_at,
 * years_experience), each with a (run_id, segment_index, key, candidate_id) index per run's partition, so the list
 * filtered by a segment walks one page of that index in every order, as it does for created_at.
 * Sorting by a candidates column meant sorting (or hashing) every member of the segment: p99 up to
 * 209 ms for 5k–30k members at 1M candidates. Types and the experience expression are the
 * candidates columns' and sort index's. Unlike created_at these keys change, so a statement-level
 * trigger (one statement for a bulk upsert, not one per row) copies changed keys into the active
 * run, probing its primary key (the join on segmentation_runs gives run-time pruning).
 */
export class SegmentAssignmentsSortKeys1796417000000 implements MigrationInterface {
  name = 'SegmentAssignmentsSortKeys1796417000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segment_assignments ADD COLUMN full_name varchar(200), ADD COLUMN updated_at timestamptz(3), ADD COLUMN years_experience smallint`);
    await q.query(`UPDATE segment_assignments a SET full_name = c.full_name, updated_at = c.updated_at, years_experience = c.years_experience
      FROM candidates c WHERE c.id = a.candidate_id`);
    await q.query(`DELETE FROM segment_assignments WHERE updated_at IS NULL`);
    await q.query(`ALTER TABLE segment_assignments ALTER COLUMN full_name SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL`);
    // Per partition, not on the parent: a parent index would be built by ATTACH inside each new run's
    // transaction; new runs get theirs CONCURRENTLY after their commit (segments/assignments/sort-key-indexes.repository.ts).
    await q.query(`DO $$
      DECLARE p text;
      BEGIN
        FOR p IN SELECT c.relname FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'segment_assignments'::regclass LOOP
          EXECUTE format('CREATE INDEX %I ON %I (run_id, segment_index, full_name, candidate_id)', p || '_sk_name', p);
          EXECUTE format('CREATE INDEX %I ON %I (run_id, segment_index, updated_at, candidate_id)', p || '_sk_upd', p);
          EXECUTE format('CREATE INDEX %I ON %I (run_id, segment_index, (COALESCE(years_experience, -1)), candidate_id)', p || '_sk_exp', p);
        END LOOP;
      END $$`);
    // Each run's primary key is probed per changed candidate: the planner, knowing only the
    // transition table's row count, hashed the whole 1M-row partition even for 5 000 rows (2.7 s a
    // 5k-row import batch, against 0.3 s probing), so hash and merge joins are off in the function (and JIT, which the
    // resulting estimates would trigger).
    // EXECUTE plans each call anew rather than keeping the session's first plan.
    // Only the active run's copies follow every write (a run kept for history would multiply each import's
    // work); another run catches up on activation from the time its copies were last in step.
    await q.query(`ALTER TABLE segmentation_runs ADD COLUMN sort_keys_synced_at timestamptz`);
    await q.query(`UPDATE segmentation_runs SET sort_keys_synced_at = now()`);
    await q.query(`CREATE FUNCTION ${SYNC_SORT_KEYS_FUNCTION}() RETURNS trigger LANGUAGE plpgsql
      SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off AS $$
      BEGIN
        EXECUTE 'UPDATE segment_assignments a
                    SET full_name = n.full_name, updated_at = n.updated_at, years_experience = n.years_experience
                   FROM segmentation_runs r, changed_candidates n
                  WHERE r.active AND a.run_id = r.id AND a.candidate_id = n.id
                    AND (a.full_name, a.updated_at, a.years_experience) IS DISTINCT FROM (n.full_name, n.updated_at, n.years_experience)';
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER candidates_sort_keys_to_assignments AFTER UPDATE ON candidates
      REFERENCING NEW TABLE AS changed_candidates FOR EACH STATEMENT EXECUTE FUNCTION ${SYNC_SORT_KEYS_FUNCTION}()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER candidates_sort_keys_to_assignments ON candidates`);
    await q.query(`DROP FUNCTION ${SYNC_SORT_KEYS_FUNCTION}()`);
    await q.query(`ALTER TABLE segment_assignments DROP COLUMN full_name, DROP COLUMN updated_at, DROP COLUMN years_experience`);
    await q.query(`ALTER TABLE segmentation_runs DROP COLUMN sort_keys_synced_at`);
  }
}
