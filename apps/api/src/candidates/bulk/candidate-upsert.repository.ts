import type { PoolClient } from 'pg';
import type { CandidateField } from '../validation/candidate-rules';
import type { CandidateInput } from '../validation/validate-candidate';
import { CANDIDATE_COLUMNS, CandidateColumn, columnsForFields } from './candidate-columns';
import { copyLine } from '../../database/copy-text';
import { copyIn } from '../../database/pg-client';

export interface StagedCandidate {
  /** Where the row came from (CSV row number, generator index): reported back for duplicates. */
  rowNumber: number;
  input: CandidateInput;
}

export interface UpsertOutcome {
  created: string[];
  updated: string[];
  unchanged: number;
  /** Rows whose email already appeared earlier in this session (not written). */
  duplicates: Array<{ rowNumber: number; firstRowNumber: number }>;
}

const STAGE = 'pg_temp.candidate_stage';
const SEEN = 'pg_temp.candidate_seen';

/**
 * Upserts candidates by email in batches on one connection: COPY into a temp stage table, drop
 * emails seen earlier in the session, then one INSERT ... ON CONFLICT (email) DO UPDATE that
 * only touches rows whose values differ (a re-run changes nothing) and tells created from
 * updated by xmax. Only the given fields are written on update, so a CSV without a column
 * leaves that column alone. Call `upsert` inside the caller's transaction.
 */
export class CandidateUpserter {
  private readonly columns: CandidateColumn[];
  private readonly upsertSql: string;

  constructor(private readonly client: PoolClient, fields: ReadonlySet<CandidateField> | 'all') {
    this.columns = fields === 'all' ? [...CANDIDATE_COLUMNS] : columnsForFields(new Set([...fields, 'email']));
    this.upsertSql = buildUpsertSql(this.columns);
  }

  async prepare(): Promise<void> {
    await this.client.query(`DROP TABLE IF EXISTS ${STAGE}, ${SEEN}`);
    const defs = this.columns.map((c) => `${c.name} ${c.sqlType}`).join(', ');
    await this.client.query(`CREATE TEMP TABLE candidate_stage (row_number int NOT NULL, ${defs}) ON COMMIT DELETE ROWS`);
    await this.client.query(`CREATE TEMP TABLE candidate_seen (email text PRIMARY KEY, row_number int NOT NULL)`);
  }

  async dispose(): Promise<void> {
    await this.client.query(`DROP TABLE IF EXISTS ${STAGE}, ${SEEN}`);
  }

  async upsert(rows: readonly StagedCandidate[]): Promise<UpsertOutcome> {
    if (rows.length === 0) return { created: [], updated: [], unchanged: 0, duplicates: [] };
    const names = this.columns.map((c) => c.name).join(', ');
    await copyIn(this.client, `${STAGE} (row_number, ${names})`, this.lines(rows));
    await this.client.query(`INSERT INTO ${SEEN} SELECT email, row_number FROM ${STAGE} ORDER BY row_number ON CONFLICT (email) DO NOTHING`);
    const dupes = await this.client.query<{ row_number: number; first_row: number }>(
      `DELETE FROM ${STAGE} s USING ${SEEN} x WHERE x.email = s.email AND x.row_number <> s.row_number RETURNING s.row_number, x.row_number AS first_row`,
    );
    const written = await this.client.query<{ id: string; created: boolean }>(this.upsertSql);
    const created: string[] = [];
    const updated: string[] = [];
    for (const row of written.rows) (row.created ? created : updated).push(row.id);
    return {
      created, updated,
      unchanged: rows.length - dupes.rows.length - written.rows.length,
      duplicates: dupes.rows.map((d) => ({ rowNumber: d.row_number, firstRowNumber: d.first_row })),
    };
  }

  /** COPY text in chunks of ~1000 rows, so a batch never becomes one giant string. */
  private *lines(rows: readonly StagedCandidate[]): Generator<string> {
    let chunk = '';
    for (let i = 0; i < rows.length; i++) {
      const values: unknown[] = [rows[i].rowNumber];
      for (const column of this.columns) values.push(column.get(rows[i].input));
      chunk += copyLine(values);
      if (i % 1000 === 999) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
}

function buildUpsertSql(columns: CandidateColumn[]): string {
  const names = columns.map((c) => c.name);
  const hasConsent = names.includes('marketing_consent');
  const insertCols = [...names, ...(hasConsent ? ['marketing_consent_at'] : [])];
  const selectCols = [...names, ...(hasConsent ? ['CASE WHEN marketing_consent THEN now() END'] : [])];
  const updatable = names.filter((n) => n !== 'email');
  const sets = updatable.map((n) => `${n} = EXCLUDED.${n}`);
  // Consent keeps the time it was first given; withdrawing it clears the time.
  if (hasConsent) sets.push('marketing_consent_at = CASE WHEN EXCLUDED.marketing_consent THEN COALESCE(c.marketing_consent_at, now()) END');
  sets.push('updated_at = now()');
  const changed = updatable.length
    ? ` WHERE (${updatable.map((n) => `c.${n}`).join(', ')}) IS DISTINCT FROM (${updatable.map((n) => `EXCLUDED.${n}`).join(', ')})`
    : ' WHERE false';
  return (
    `INSERT INTO candidates AS c (${insertCols.join(', ')}) SELECT ${selectCols.join(', ')} FROM ${STAGE}` +
    ` ON CONFLICT (email) DO UPDATE SET ${sets.join(', ')}${changed}` +
    ` RETURNING c.id, (c.xmax = 0) AS created`
  );
}
