import { StringDecoder } from 'node:string_decoder';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * Splits the output of `COPY ... TO STDOUT` (text format) into rows of fields as it streams in:
 * tab-separated, one row per line, `\N` for NULL, backslash escapes undone. Chunks may end
 * anywhere, even inside a multi-byte character.
 */
export class CopyTextReader {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  /** Complete rows in this chunk; a trailing partial line waits for the next one. */
  push(chunk: Buffer, onRow: (fields: Array<string | null>) => void): void {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      onRow(splitRow(text.slice(start, end)));
      start = end + 1;
    }
    this.rest = text.slice(start);
  }

  /** Call at the end of the stream: COPY always ends its last row with a newline. */
  end(): void {
    const tail = this.rest + this.decoder.end();
    if (tail !== '') throw new Error('COPY output ended in the middle of a row');
  }
}

function splitRow(line: string): Array<string | null> {
  const fields: Array<string | null> = line.split('\t');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field === '\\N') fields[i] = null;
    else if (field.includes('\\')) fields[i] = unescape(field);
  }
  return fields;
}

function unescape(field: string): string {
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, code: string) => {
    if (code[0] === 'x' && code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? code;
  });
}
