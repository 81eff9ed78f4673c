import type { Client } from 'pg';

export interface ImportCounts {
  status: string;
  rows_processed: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  rejected_count: number;
}

/** An import's status and counters, read directly (not through an app whose connections a fault may cut). */
export async function readImport(db: Client, id: string): Promise<ImportCounts> {
  return (await db.query<ImportCounts>('SELECT status, rows_processed, created_count, updated_count, unchanged_count, rejected_count FROM candidate_imports WHERE id = $1', [id])).rows[0];
}
