import { Client, type ClientBase } from 'pg';

/** Columns whose values never leave the database in an export: password/token hashes, CSRF tokens, encrypted credentials. */
export const SECRET_COLUMN = /(^|_)(password|hash|ciphertext|csrf|secret|secrets|token)(_|$)/;
export const REDACTED = '[redacted]';

export interface ExportedRow {
  table: string;
  row: Record<string, unknown>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The application's tables (partitioned parents once, not their partitions), by name. */
export async function exportableTables(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`);
  return rows.map((r) => r.name);
}

/**
 * Every row of `tables`, `batchSize` at a time through a server-side cursor (never a whole table in memory), in one
 * REPEATABLE READ READ ONLY transaction so all tables come from the same snapshot. Secret columns are replaced by
 * REDACTED (null stays null, so a reader still sees whether a value was set).
 */
export async function* exportRows(client: ClientBase, tables: string[], batchSize = 1000): AsyncGenerator<ExportedRow> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    for (const table of tables) {
      const { rows: columns } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`, [ident(table)],
      );
      const select = columns
        .map(({ name }) => (SECRET_COLUMN.test(name) ? `CASE WHEN ${ident(name)} IS NULL THEN NULL ELSE '${REDACTED}' END AS ${ident(name)}` : ident(name)))
        .join(', ');
      await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${ident(table)}`);
      for (;;) {
        const { rows } = await client.query<Record<string, unknown>>(`FETCH ${batchSize} FROM export_rows`);
        for (const row of rows) yield { table, row };
        if (rows.length < batchSize) break;
      }
      await client.query('CLOSE export_rows');
    }
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
  }
}

/**
 * `adflux export json`: connects to `databaseUrl`, checks the table names (all tables when none are given) and
 * yields every row (see exportRows); the connection closes when the iteration ends, however it ends.
 */
export async function* exportDatabase(databaseUrl: string, only?: string[]): AsyncGenerator<ExportedRow> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'adflux-export' });
  await client.connect();
  try {
    const all = await exportableTables(client);
    const unknown = (only ?? []).filter((t) => !all.includes(t));
    if (unknown.length) throw new Error(`unknown table(s): ${unknown.join(', ')} (tables: ${all.join(', ')})`);
    yield* exportRows(client, only ?? all);
  } finally {
    await client.end();
  }
}
