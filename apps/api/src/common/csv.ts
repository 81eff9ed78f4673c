/**
 * The one CSV writer of the product: every CSV a person may open in a spreadsheet goes through
 * `csvCell`, which applies OWASP's CSV-injection rule before RFC 4180 quoting.
 */

/** Text a spreadsheet would run as a formula: starts with = + - @ tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-5", "-1.5e3") is data, not a formula: it stays as it is. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Neutralises a formula by making the cell text (leading apostrophe), as OWASP recommends. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One cell: formula-guarded, quoted when it holds a quote, delimiter, line break or edge spaces. */
export function csvCell(value: unknown, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  const text = guardFormula(value instanceof Date ? value.toISOString() : String(value));
  const needsQuotes = text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r') || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without the line break. */
export function csvLine(values: readonly unknown[], delimiter = ','): string {
  return values.map((v) => csvCell(v, delimiter)).join(delimiter);
}

/**
 * Re-writes one CSV record that was stored as text (e.g. an imported row) with every cell
 * formula-guarded. Cells are split on unquoted delimiters (a quote opens quoting only at the start
 * of a cell); a record that is not valid CSV is split the same way, so no cell escapes the guard.
 */
export function guardCsvRecord(raw: string, delimiter = ','): string {
  if (raw === '') return raw;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quoted && c === '"' && raw[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (!quoted && c === '"' && cell === '') {
      quoted = true;
    } else if (!quoted && c === delimiter) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return csvLine(cells, delimiter);
}

/**
 * Flattens nested objects into dot-named columns and writes RFC 4180 CSV. Money a spreadsheet
 * reads as amounts: a `…Minor` column (integer minor units) is written in units of its currency,
 * named `spend (USD)`; the currency is the row's own (`currency` beside the amount, or the row's),
 * else `currency` of the whole answer. A column whose rows differ in currency carries it per cell.
 * The header row is always written: with no rows, the columns are `options.columns` (what the
 * route declares), so an empty table still exports its columns.
 */
export function toCsv(rows: readonly object[], options: { currency?: string; columns?: readonly string[] } = {}): string {
  const flat = rows.map((row) => flatten(row as Record<string, unknown>));
  const columns = flat.length > 0 ? [...new Set(flat.flatMap((row) => Object.keys(row)))] : [...(options.columns ?? [])];
  const money = new Map(columns.filter(isMinorColumn).map((c) => [c, (flat.length > 0 ? flat : [{}]).map((row) => currencyOf(row, c, options.currency))]));
  const header = columns.map((c) => {
    const currencies = new Set(money.get(c) ?? []);
    if (!money.has(c) || currencies.has(undefined)) return c;
    return currencies.size === 1 ? `${c.slice(0, -'Minor'.length)} (${[...currencies][0]})` : c.slice(0, -'Minor'.length);
  });
  const lines = [csvLine(header)];
  flat.forEach((row, i) => {
    lines.push(csvLine(columns.map((c, j) => {
      const currency = money.get(c)?.[i];
      if (!currency || header[j] === c || typeof row[c] !== 'number') return row[c];
      const units = (row[c] as number) / 10 ** exponentOf(currency);
      return new Set(money.get(c)).size === 1 ? units : `${units} ${currency}`;
    })));
  });
  return lines.join('\r\n') + '\r\n';
}

const isMinorColumn = (column: string) => /(^|\.)[a-z]\w*Minor$/.test(column);

function currencyOf(row: Record<string, unknown>, column: string, fallback: string | undefined): string | undefined {
  const prefix = column.includes('.') ? column.slice(0, column.lastIndexOf('.') + 1) : '';
  const found = [row[`${prefix}currency`], row.currency, fallback].find((c) => typeof c === 'string' && /^[A-Z]{3}$/.test(c.trim()));
  return typeof found === 'string' ? found.trim() : undefined;
}

/** ISO 4217 minor-unit exponent (USD 2, JPY 0), from Intl. */
function exponentOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function flatten(value: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)) flatten(inner as Record<string, unknown>, name, out);
    else out[name] = Array.isArray(inner) ? inner.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ') : inner;
  }
  return out;
}
