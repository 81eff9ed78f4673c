import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvParser, CsvRecord, toCsvLine } from './csv-parser';

function parseAll(text: string, cuts: number[] = [], delimiter = ','): CsvRecord[] {
  const parser = new CsvParser(delimiter, 1000);
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(from, cut), out);
    from = cut;
  }
  parser.push(text.slice(from), out);
  return parser.end(out);
}

const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '"', '""', ',', '\n', '\r\n', 'a,b', ' x ', 'é€😀'));

describe('CsvParser', () => {
  it('reads what csv-parse reads, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), fc.boolean(), (rows, cuts, crlf, trailing) => {
        const rowsWithContent = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const eol = crlf ? '\r\n' : '\n';
        const text = rowsWithContent.map((r) => toCsvLine(r)).join(eol) + (trailing ? eol : '');
        const expected: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true });
        const got = parseAll(text, cuts.map((c) => c % (text.length + 1)));
        expect(got.filter((r) => r.error).length).toBe(0);
        expect(got.map((r) => r.fields)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers records by the line they start on, counting newlines inside quotes', () => {
    const got = parseAll('a,b\n"multi\nline",x\n\nlast,"q""uote"\r\n');
    expect(got).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['multi\nline', 'x'], line: 2 },
      { fields: ['last', 'q"uote'], line: 5 },
    ]);
  });

  it('reports a broken record and carries on with the next line', () => {
    const got = parseAll('h1,h2\n"bad"x,1\nok,2\n"never closed,3\nafter,4\n');
    expect(got.map((r) => [r.line, r.error ? 'error' : r.fields.join('|')])).toEqual([
      [1, 'h1|h2'],
      [2, 'error'],
      [3, 'ok|2'],
      [4, 'error'],
      [5, 'after|4'],
    ]);
    expect(got[1].raw).toBe('"bad"x,1');
  });

  it('gives up on a record longer than the limit without buffering the rest of the file', () => {
    const parser = new CsvParser(',', 100);
    const out = parser.push('"open' + 'x'.repeat(200) + '\nnext,1\n');
    expect(out[0]).toMatchObject({ line: 1, error: expect.stringContaining('unclosed quote') });
    expect(out[1]).toEqual({ fields: ['next', '1'], line: 2 });
  });

  it('supports other delimiters', () => {
    expect(parseAll('a;b;"c;d"\n', [], ';').map((r) => r.fields)).toEqual([['a', 'b', 'c;d']]);
  });
});
