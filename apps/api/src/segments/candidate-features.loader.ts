import type { CandidateFeatures } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { FEATURE_COLUMNS_SQL, FeatureRow, StringInterner, toCandidateFeatures } from './candidate-features';
import { inPgTransaction } from './pg-transaction';

/** Rows per FETCH: large enough to amortise round trips, small enough to keep one batch cheap. */
const FETCH_SIZE = 50_000;

/** Reads candidates as segmentation input. */
@Injectable()
export class CandidateFeaturesLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every candidate, streamed through a server-side cursor on a dedicated connection (one
   * snapshot): pg never materialises the whole result, each batch becomes compact records
   * (interned strings) at once, and its raw rows are dropped before the next FETCH.
   */
  loadAll(onProgress: (loaded: number, total: number) => Promise<void> | void): Promise<CandidateFeatures[]> {
    return inPgTransaction(
      this.dataSource,
      async ({ client }) => {
        const { rows: counted } = await client.query<{ total: number }>('SELECT count(*)::int AS total FROM candidates');
        const total = counted[0].total;
        const out: CandidateFeatures[] = new Array(total);
        const strings = new StringInterner();
        let loaded = 0;
        await onProgress(0, total);
        await client.query(`DECLARE segmentation_load NO SCROLL CURSOR FOR SELECT ${FEATURE_COLUMNS_SQL} FROM candidates c`);
        const fetch = () => {
          const batch = client.query<FeatureRow>({ text: `FETCH ${FETCH_SIZE} FROM segmentation_load`, rowMode: 'array' });
          batch.catch(() => undefined); // awaited below; never an unhandled rejection if we stop early
          return batch;
        };
        // The next FETCH is sent before this batch is converted, so the server reads while we parse.
        let next = fetch();
        for (;;) {
          const { rows } = await next;
          if (rows.length === 0) break;
          next = fetch();
          for (let i = 0; i < rows.length; i++) out[loaded++] = toCandidateFeatures(rows[i], strings);
          await onProgress(loaded, total);
        }
        return out;
      },
      'REPEATABLE READ',
    );
  }

  /** Some candidates by id (new or changed ones); unknown ids are skipped. */
  async loadByIds(client: PoolClient, ids: readonly string[]): Promise<CandidateFeatures[]> {
    if (ids.length === 0) return [];
    return this.query(client, `SELECT ${FEATURE_COLUMNS_SQL} FROM candidates c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Ids of candidates a run holds no assignment for (created after it loaded its data) or that
   * changed since it loaded them: one anti-join, so it stays cheap at a million rows.
   */
  async staleForRun(client: PoolClient, runId: string, loadedAt: Date): Promise<string[]> {
    const { rows } = await client.query<[string]>({
      text: `SELECT c.id FROM candidates c
              LEFT JOIN segment_assignments a ON a.run_id = $1 AND a.candidate_id = c.id
             WHERE a.candidate_id IS NULL OR c.updated_at > $2`,
      values: [runId, loadedAt],
      rowMode: 'array',
    });
    return rows.map((row) => row[0]);
  }

  private async query(client: PoolClient, text: string, values: unknown[]): Promise<CandidateFeatures[]> {
    const { rows } = await client.query<FeatureRow>({ text, values, rowMode: 'array' });
    const strings = new StringInterner();
    return rows.map((row) => toCandidateFeatures(row, strings));
  }
}
