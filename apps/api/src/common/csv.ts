/** Flattens nested objects into dot-named columns and writes RFC 4180 CSV. */
export function toCsv(rows: readonly object[]): string {
  const flat = rows.map((row) => flatten(row as Record<string, unknown>));
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(escape).join(',')];
  for (const row of flat) lines.push(columns.map((c) => escape(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

function flatten(value: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)) flatten(inner as Record<string, unknown>, name, out);
    else out[name] = Array.isArray(inner) ? inner.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ') : inner;
  }
  return out;
}

function escape(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Spreadsheet apps execute cells starting with these characters: neutralise them.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
