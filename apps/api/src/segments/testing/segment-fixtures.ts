/**
 * Database fixture for integration tests (not used by production code): a succeeded segmentation
 * run with segments and its own assignments partition, written straight into the tables the way a
 * run leaves them (assignments keep the candidate's created_at).
 */
import { DataSource } from 'typeorm';
import { assignmentPartition } from '../segment-assignments.repository';

export interface FixtureSegment {
  /** Fixed segment id, or a generated one. */
  id?: string;
  /** Candidate ids assigned to this segment (its index is its position). */
  members: string[];
}

/** Inserts the run (active or not: activating it deactivates the current one); returns its id and the segment ids in order. */
export async function insertRunWithAssignments(dataSource: DataSource, segments: FixtureSegment[], active: boolean): Promise<{ runId: string; segmentIds: string[] }> {
  if (active) await dataSource.query(`UPDATE segmentation_runs SET active = false WHERE active`);
  const [{ id: runId }] = await dataSource.query(
    `INSERT INTO segmentation_runs (status, parameters, progress, k, active, started_at, finished_at, activated_at)
     VALUES ('succeeded', '{}', 100, $1, $2, now(), now(), CASE WHEN $2 THEN now() END) RETURNING id`,
    [segments.length, active],
  );
  const segmentIds: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO segments (id, run_id, index, name, description, generated_name, profile, size, share)
       VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $4, $4, '{}', $5, 0) RETURNING id`,
      [segment.id ?? null, runId, index, `Segment ${index}`, segment.members.length],
    );
    segmentIds.push(id);
  }
  await dataSource.query(`CREATE TABLE ${assignmentPartition(runId)} PARTITION OF segment_assignments FOR VALUES IN ('${runId}')`);
  await dataSource.query(
    `INSERT INTO segment_assignments (run_id, candidate_id, segment_index, distance, created_at)
     SELECT $1, c.id, m.segment_index, 0.1 * m.segment_index + 0.01 * m.n, c.created_at
       FROM unnest($2::uuid[], $3::smallint[]) WITH ORDINALITY AS m(candidate_id, segment_index, n)
       JOIN candidates c ON c.id = m.candidate_id`,
    [runId, segments.flatMap((s) => s.members), segments.flatMap((s, index) => s.members.map(() => index))],
  );
  return { runId, segmentIds };
}
