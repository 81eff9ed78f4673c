import type { FieldError } from '../../common/problem';
import { ColumnMapping, guessMapping, HeaderMap, isCommentRecord, readHeader } from './csv-columns';
import { readRow, RowOptions } from './csv-row';
import type { FileHead } from './upload-check';
import { MalformedFileError } from './malformed-file.error';

export interface PreviewColumn {
  index: number;
  /** The file's header cell. */
  header: string;
  /** The CSV column it feeds (null = ignored). */
  column: string | null;
  /** True when the column came from the file's header rather than the uploader's mapping. */
  guessed: boolean;
}

export interface PreviewRow {
  line: number;
  values: string[];
  outcome: 'imported' | 'imported_with_warnings' | 'rejected';
  errors: FieldError[];
  warnings: FieldError[];
}

export interface ImportPreview {
  delimiter: string;
  columns: PreviewColumn[];
  /** Why the file cannot be imported with this mapping (empty when it can). */
  problems: string[];
  rows: PreviewRow[];
}

/**
 * What an import of this file would do, from its first records: the mapping (the uploader's, or
 * guessed from the header), and the outcome of each of the first `limit` rows. Nothing is written.
 */
export function previewImport(head: FileHead, options: RowOptions & { mapping?: ColumnMapping }, limit = 10): ImportPreview {
  const [first, ...rest] = head.records;
  if (!first) return { delimiter: head.delimiter, columns: [], problems: ['The file is empty.'], rows: [] };
  if (first.error) return { delimiter: head.delimiter, columns: [], problems: [`The header row cannot be read: it ${first.error}.`], rows: [] };
  const mapping = options.mapping ?? guessMapping(first.fields);
  const columns = first.fields.map((header, index) => ({ index, header, column: mapping[index] ?? null, guessed: !options.mapping }));
  const problems: string[] = [];
  let header: HeaderMap | undefined;
  try {
    header = readHeader(first.fields, mapping);
  } catch (error) {
    if (!(error instanceof MalformedFileError)) throw error;
    problems.push(error.message);
  }
  const rows: PreviewRow[] = [];
  for (const rec of rest) {
    if (rows.length >= limit) break;
    if (!rec.error && isCommentRecord(rec.fields)) continue;
    if (rec.error) {
      rows.push({ line: rec.line, values: [rec.raw ?? ''], outcome: 'rejected', errors: [{ field: '(row)', message: rec.error }], warnings: [] });
      continue;
    }
    const row = header ? readRow(rec.fields, header, options) : undefined;
    const outcome = !row || !row.input ? 'rejected' : row.warnings.length ? 'imported_with_warnings' : 'imported';
    rows.push({ line: rec.line, values: rec.fields, outcome, errors: row?.errors ?? [], warnings: row?.warnings ?? [] });
  }
  return { delimiter: head.delimiter, columns, problems, rows };
}
