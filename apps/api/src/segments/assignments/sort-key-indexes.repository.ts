import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pgPool } from '../../database/pg-client';

/**
 * The candidates list's segment filter walks one of these per sort order: (run, segment, key,
 * candidate) on each run's partition. They are built after the run has committed, CONCURRENTLY,
 * not inside the run's transaction: three more sorted passes over 1M rows there took the 1M-candidate
 * run from ~26 s to 31–37 s (target 30 s). Until they exist (a few seconds), a segment list in these
 * orders sorts the segment's members instead: slower, never wrong. Per partition, not on the parent,
 * because a parent index would be built by ATTACH, inside the transaction.
 */
const SORT_KEY_INDEXES = [
  { suffix: 'sk_name', key: 'full_name' },
  { suffix: 'sk_upd', key: 'updated_at' },
  { suffix: 'sk_exp', key: '(COALESCE(years_experience, -1))' },
];

/** Only one session builds at a time: another's DROP of an "invalid" index could be a build in progress. */
const BUILD_LOCK = 0x5e6_50b7;
/** Longest wait of one build for older transactions (lock_timeout). */
const BUILD_WAIT = '60s';

type SortKeyIndex = (typeof SORT_KEY_INDEXES)[number];

const createIndexSql = (partition: string, { suffix, key }: SortKeyIndex, concurrently: boolean) =>
  `CREATE INDEX ${concurrently ? 'CONCURRENTLY ' : ''}IF NOT EXISTS ${partition}_${suffix} ON ${partition} (run_id, segment_index, ${key}, candidate_id)`;

/** The statements creating a partition's sort-key indexes (CONCURRENTLY outside a transaction). */
export function sortKeyIndexStatements(partition: string, concurrently: boolean): string[] {
  return SORT_KEY_INDEXES.map((index) => createIndexSql(partition, index, concurrently));
}

@Injectable()
export class SortKeyIndexesRepository {
  private readonly logger = new Logger(SortKeyIndexesRepository.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Builds every missing sort-key index of every run's partition, replacing one a crash left
   * invalid. Returns the number built; 0 when another session is building.
   */
  async ensure(): Promise<number> {
    const client = await pgPool(this.dataSource).connect();
    try {
      const [{ locked }] = (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [BUILD_LOCK])).rows;
      if (!locked) return 0;
      // A build waits for every older transaction: give up after a while (the index stays invalid, the next call replaces it).
      await client.query(`SET lock_timeout = '${BUILD_WAIT}'`);
      try {
        const missing = await client.query<{ partition: string; suffix: string; invalid: boolean }>(
          `SELECT p.relname AS partition, s.suffix, i.indisvalid = false AS invalid
             FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhrelid
            CROSS JOIN unnest($1::text[]) AS s(suffix)
             LEFT JOIN pg_class ic ON ic.relname = p.relname || '_' || s.suffix AND ic.relnamespace = p.relnamespace
             LEFT JOIN pg_index i ON i.indexrelid = ic.oid
            WHERE h.inhparent = 'segment_assignments'::regclass AND (ic.oid IS NULL OR NOT i.indisvalid)`,
          [SORT_KEY_INDEXES.map((s) => s.suffix)],
        );
        for (const { partition, suffix, invalid } of missing.rows) {
          if (invalid) await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${partition}_${suffix}`);
          await client.query(createIndexSql(partition, SORT_KEY_INDEXES.find((index) => index.suffix === suffix)!, true));
        }
        if (missing.rows.length) this.logger.log(`built ${missing.rows.length} sort-key index(es) of segment assignments`);
        return missing.rows.length;
      } finally {
        await client.query('RESET lock_timeout');
        await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]);
      }
    } finally {
      client.release();
    }
  }
}
