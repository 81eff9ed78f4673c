import type { CandidateAssignment } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PgTransaction } from '../../database/pg-transaction';
import { DataSource } from 'typeorm';
import { copyValue } from '../../database/copy-text';
import { copyIn } from '../../database/pg-client';
import type { PoolKeys } from '../pipeline/candidate-features';

/**
 * Rows per COPY chunk (one string each): small enough that a chunk's pieces die young. With 20 000
 * rows of the wider sort-key lines they outlived scavenges and the worker's peak RSS rose by ~380 MB.
 */
const COPY_CHUNK = 2_000;
/** Chunks between progress reports. */
const CHUNKS_PER_REPORT = 10;
/**
 * How long before the pool's read a candidate update may have begun and still be missing from it
 * (updated_at is its transaction's start; it may commit after the read's snapshot): far longer than
 * any candidate write transaction.
 */
const CATCH_UP_MARGIN_MS = 10 * 60_000;

/** The candidates list's sort keys copied onto assignments (a trigger on candidates keeps them in step). */
const SORT_KEY_COLUMNS = ['full_name', 'updated_at', 'years_experience'];
/** Sets the copies from candidates `c`; the condition holds where a copy differs. */
const SET_SORT_KEYS = SORT_KEY_COLUMNS.map((k) => `${k} = c.${k}`).join(', ');
const SORT_KEYS_DIFFER = `(${SORT_KEY_COLUMNS.map((k) => `a.${k}`).join(', ')}) IS DISTINCT FROM (${SORT_KEY_COLUMNS.map((k) => `c.${k}`).join(', ')})`;

/**
 * Bulk SQL over segment_assignments (partitioned by run). A candidate's current segment is read
 * straight from the active run's rows (CURRENT_SEGMENT_JOIN); rows keep the candidate's sort keys
 * (created_at, full_name, updated_at, years_experience) for the candidates list's segment filter.
 * Methods taking a `client` run inside the caller's transaction.
 */
@Injectable()
export class SegmentAssignmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes a run's assignment of every candidate into the run's own partition: COPY into a fresh
   * table without indexes (text format, streamed in chunks), build the indexes in one sorted
   * pass each, then attach it. Several times faster at 1M rows than inserting through indexes.
   * Runs inside the caller's transaction: a failure leaves no table behind. Until it commits, the
   * candidates trigger cannot see the partition: candidate writes are held from the catch-up on.
   */
  async copyRun(
    tx: PgTransaction,
    runId: string,
    { ids, createdAt, updatedAt, fullName, yearsExperience, readAt }: PoolKeys,
    labels: Int32Array,
    distances: Float64Array,
    onProgress: (fraction: number) => Promise<void> | void,
  ): Promise<void> {
    const { client } = tx;
    const table = assignmentPartition(runId);
    const n = ids.length;
    async function* lines(): AsyncGenerator<string> {
      for (let from = 0; from < n; from += COPY_CHUNK) {
        const to = Math.min(n, from + COPY_CHUNK);
        let chunk = '';
        for (let i = from; i < to; i++) {
          chunk += `${runId}\t${ids.get(i)}\t${labels[i]}\t${formatReal(distances[i])}\t${new Date(createdAt.get(i)).toISOString()}`
            + `\t${copyValue(fullName.get(i))}\t${new Date(updatedAt.get(i)).toISOString()}\t${copyValue(yearsExperience.get(i))}\n`;
        }
        yield chunk;
        if (to === n || (from / COPY_CHUNK) % CHUNKS_PER_REPORT === CHUNKS_PER_REPORT - 1) await onProgress((0.8 * to) / n);
      }
    }
    await client.query(`CREATE TABLE ${table} (LIKE segment_assignments INCLUDING DEFAULTS)`);
    await copyIn(client, `${table} (run_id, candidate_id, segment_index, distance, created_at, ${SORT_KEY_COLUMNS.join(', ')})`, lines());
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`ALTER TABLE ${table} ADD PRIMARY KEY (run_id, candidate_id)`);
    // The parent's indexes, one sorted pass each; ATTACH adopts them.
    // The sort keys' own indexes come after the commit (sort-key-indexes.repository.ts).
    const keys = ['distance', 'created_at'];
    for (const [i, key] of keys.entries()) {
      await client.query(`CREATE INDEX ON ${table} (run_id, segment_index, ${key}, candidate_id)`);
      await onProgress(0.8 + (0.15 * (i + 1)) / keys.length);
    }
    await client.query(`ALTER TABLE segment_assignments ATTACH PARTITION ${table} FOR VALUES IN ('${runId}')`);
    await this.catchUp(tx, runId, readAt);
    await onProgress(1);
  }

  /**
   * A run becoming the active one: its copies of the sort keys were last in step when it was
   * written or when it gave way to another (the trigger keeps only the active run's), so candidates
   * updated since then are copied now. Writes to candidates wait until the activation commits.
   */
  async catchUpOnActivation(tx: PgTransaction, runId: string): Promise<void> {
    const { rows } = await tx.client.query<{ since: Date | null }>('SELECT sort_keys_synced_at AS since FROM segmentation_runs WHERE id = $1', [runId]);
    await this.catchUp(tx, runId, rows[0]?.since ?? null);
    await tx.client.query('UPDATE segmentation_runs SET sort_keys_synced_at = now() WHERE id = $1', [runId]);
  }

  /**
   * Copies the keys of candidates updated since `since` (all of them when null) where the run's
   * copies differ. Holding writes to candidates until the caller commits (SHARE waits for those in
   * flight): one updated meanwhile could not have reached these rows through the trigger (an
   * uncommitted partition, or a run not yet active).
   */
  private async catchUp({ client }: PgTransaction, runId: string, since: Date | null): Promise<void> {
    await client.query('LOCK TABLE candidates IN SHARE MODE');
    await client.query(
      `UPDATE segment_assignments a SET ${SET_SORT_KEYS} FROM candidates c
        WHERE a.run_id = $1 AND c.updated_at >= $2 AND a.candidate_id = c.id AND ${SORT_KEYS_DIFFER}`,
      [runId, since ? new Date(since.getTime() - CATCH_UP_MARGIN_MS) : '-infinity'],
    );
  }

  /**
   * Records assignments made with the active run's model (new or changed candidates): upserts
   * them into the run's assignments, which is all a candidate's current segment reads. Candidates
   * erased in the meantime are skipped (their sort keys come from their row, share-locked so that an
   * update cannot commit between this read and the trigger seeing the row written here).
   */
  async writeCurrent({ client }: PgTransaction, runId: string, assignments: readonly CandidateAssignment[]): Promise<void> {
    if (assignments.length === 0) return;
    await client.query(
      `INSERT INTO segment_assignments (run_id, candidate_id, segment_index, distance, created_at, ${SORT_KEY_COLUMNS.join(', ')})
       SELECT $1, i.candidate_id, i.segment_index, i.distance, c.created_at, ${SORT_KEY_COLUMNS.map((k) => `c.${k}`).join(', ')}
         FROM unnest($2::uuid[], $3::smallint[], $4::real[]) AS i(candidate_id, segment_index, distance)
         JOIN candidates c ON c.id = i.candidate_id
          FOR SHARE OF c
       ON CONFLICT (run_id, candidate_id) DO UPDATE SET segment_index = EXCLUDED.segment_index, distance = EXCLUDED.distance,
          ${SORT_KEY_COLUMNS.map((k) => `${k} = EXCLUDED.${k}`).join(', ')}`,
      [runId, assignments.map((a) => a.id), assignments.map((a) => a.segment), assignments.map((a) => Math.fround(a.distance))],
    );
  }

  /** Erasure: forget the candidates in every run (one primary-key probe per run). */
  async deleteCandidates(candidateIds: readonly string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await this.dataSource.query(
      `DELETE FROM segment_assignments a USING segmentation_runs r
        WHERE a.run_id = r.id AND a.candidate_id = ANY($1::uuid[])`,
      [candidateIds],
    );
  }
}

/** The partition holding one run's assignments (a run id is a uuid: safe in an identifier). */
export function assignmentPartition(runId: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(runId)) throw new Error(`Not a run id: ${runId}`);
  return `segment_assignments_${runId.replace(/-/g, '')}`;
}

/** A distance as COPY text for a `real` column: 7 significant digits are about all it keeps. */
export function formatReal(value: number): string {
  return Number.isFinite(value) ? value.toPrecision(7) : '0';
}
