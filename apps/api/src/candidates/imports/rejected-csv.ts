import { csvLine as toCsvLine, guardCsvRecord } from '../../common/csv';
import type { StoredRejection } from './candidate-imports.repository';

const PAGE = 5000;

/** Reads the rejected rows after a row number, in file order (the repository's `rejections`). */
export type RejectionPages = (afterRow: number, limit: number) => Promise<StoredRejection[]>;

/**
 * The rejected rows as CSV: the file's own columns, then _row (line in the original file) and
 * _errors. Columns starting with "_" are ignored on import, so the file can be fixed and
 * uploaded again. Streams from the database page by page.
 */
export async function* rejectedRowsCsv(pages: RejectionPages, columns: string[]): AsyncGenerator<string> {
  yield '\ufeff' + toCsvLine([...columns, '_row', '_errors']) + '\r\n';
  let after = 0;
  for (;;) {
    const rows = await pages(after, PAGE);
    if (rows.length === 0) return;
    let text = '';
    for (const r of rows) {
      const errors = r.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      text += `${guardCsvRecord(r.raw)}${r.raw === '' ? '' : ','}${toCsvLine([String(r.rowNumber), errors])}\r\n`;
    }
    yield text;
    after = rows[rows.length - 1].rowNumber;
  }
}
