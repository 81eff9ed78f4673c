/**
 * PostgreSQL COPY text format (the default of `COPY ... FROM STDIN`): tab-separated, `\N` for
 * NULL, backslash escapes. Arrays are written as array literals, then escaped like any text.
 */
const NULL = '\\N';

function escapeText(text: string): string {
  // Fast path: most values need no escaping.
  if (!/[\\\t\n\r]/.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function arrayLiteral(items: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    out += '"' + String(items[i]).replace(/[\\"]/g, (c) => `\\${c}`) + '"';
  }
  return out + '}';
}

export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return NULL;
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(JSON.stringify(value));
}

/** One COPY line, newline included. */
export function copyLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + copyValue(values[i]);
  return line + '\n';
}
