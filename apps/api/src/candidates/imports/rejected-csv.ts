import type { DataSource } from 'typeorm';
import type { FieldError } from '../../common/problem';
import { csvLine as toCsvLine, guardCsvRecord } from '../../common/csv';

const PAGE = 5000;

/**
 * The rejected rows as CSV: the file's own columns, then _row (line in the original file) and
 * _errors. Columns starting with "_" are ignored on import, so the file can be fixed and
 * uploaded again. Streams from the database page by page.
 */
export async function* rejectedRowsCsv(dataSource: DataSource, importId: string, columns: string[]): AsyncGenerator<string> {
  yield '\ufeff' + toCsvLine([...columns, '_row', '_errors']) + '\r\n';
  let after = 0;
  for (;;) {
    const rows: Array<{ row_number: number; errors: FieldError[]; raw: string }> = await dataSource.query(
      'SELECT row_number, errors, raw FROM candidate_import_rejections WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3',
      [importId, after, PAGE],
    );
    if (rows.length === 0) return;
    let text = '';
    for (const r of rows) {
      const errors = r.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      text += `${guardCsvRecord(r.raw)}${r.raw === '' ? '' : ','}${toCsvLine([String(r.row_number), errors])}\r\n`;
    }
    yield text;
    after = rows[rows.length - 1].row_number;
  }
}
