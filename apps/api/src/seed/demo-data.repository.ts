import type { ClientBase } from 'pg';
import { copyIn } from '../database/pg-client';

/**
 * The demo loader's bulk SQL on one connection it is given (the seed CLI's own client, or one from
 * the app's pool at boot): candidates by COPY, with the index drop/rebuild that makes a large
 * load into an empty table fast.
 */
export class DemoDataRepository {
  constructor(private readonly client: ClientBase) {}

  /**
   * Streams `lines` (COPY text) into candidates in one transaction. Into an empty table and when
   * `rebuildIfEmpty`, drops the secondary indexes first and rebuilds them from their own
   * definitions afterwards. A failure leaves nothing behind.
   */
  async copyCandidates(columns: readonly string[], lines: AsyncIterable<string>, rebuildIfEmpty: boolean): Promise<void> {
    await this.client.query('BEGIN');
    try {
      const { rows } = await this.client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM candidates) AS empty');
      const indexes = rows[0].empty && rebuildIfEmpty ? await this.dropSecondaryIndexes() : [];
      await copyIn(this.client, `candidates (${columns.join(', ')})`, lines);
      if (indexes.length) {
        await this.client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
        for (const definition of indexes) await this.client.query(definition);
      }
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await this.client.query('ANALYZE candidates');
  }

  /** Drops every index of candidates that no constraint owns; returns their CREATE statements. */
  private async dropSecondaryIndexes(): Promise<string[]> {
    const { rows } = await this.client.query<{ name: string; definition: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = 'candidates'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
    );
    for (const { name } of rows) await this.client.query(`DROP INDEX "${name}"`);
    return rows.map((r) => r.definition);
  }
}
