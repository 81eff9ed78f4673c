import { moneyCellValue } from './charts/format';
import type { Column } from './Table';

/** A cell value a spreadsheet reads: text, a number, or empty. */
export type CsvValue = string | number | null | undefined;

/** One exported column: the header the table shows, and the row's value for a spreadsheet (not the formatted text). */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/**
 * The one CSV writer of the SPA, with the API's rules (RFC 4180 quoting; a cell a spreadsheet
 * would run as a formula is prefixed with an apostrophe, plain numbers excepted: docs/SECURITY.md).
 * The header row is always written, so an empty table exports its columns.
 */
export function csvText<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** The CSV as a `data:` URL for a download link. */
export function csvDataHref<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csvText(columns, rows))}`;
}

/** A money column: the header says the currency ("Spend (USD)"), cells are major units (12.34), not minor-unit integers. */
export function moneyCsvColumn<Row>(header: string, currency: string, minorOf: (row: Row) => number | null | undefined): CsvColumn<Row> {
  return { header: `${header} (${currency})`, value: (row) => moneyCellValue(minorOf(row), currency) };
}

/** The exportable columns of a table, in the order shown (pass only the visible ones). */
export function tableCsvColumns<Row>(columns: ReadonlyArray<Column<Row>>): CsvColumn<Row>[] {
  return columns.flatMap((c) => (c.csv ? [{ header: c.csvHeader ?? (typeof c.header === 'string' ? c.header : c.key), value: c.csv }] : []));
}

/** The `csv`/`csvHeader` of a money column of a table. */
export function moneyCsv<Row>(header: string, currency: string, minorOf: (row: Row) => number | null | undefined): Pick<Column<Row>, 'csv' | 'csvHeader'> {
  const column = moneyCsvColumn(header, currency, minorOf);
  return { csvHeader: column.header, csv: column.value };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
