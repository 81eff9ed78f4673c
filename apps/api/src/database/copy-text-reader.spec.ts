import { CopyTextReader } from './copy-text-reader';

function read(chunks: Buffer[]): Array<Array<string | null>> {
  const reader = new CopyTextReader();
  const rows: Array<Array<string | null>> = [];
  for (const chunk of chunks) reader.push(chunk, (r) => rows.push(r));
  reader.end();
  return rows;
}

describe('CopyTextReader', () => {
  it('reads rows of tab-separated fields with \\N as NULL', () => {
    expect(read([Buffer.from('a\t1\t\\N\nb\t\t2\n')])).toEqual([
      ['a', '1', null],
      ['b', '', '2'],
    ]);
  });

  it('undoes backslash escapes', () => {
    expect(read([Buffer.from('back\\\\slash\ttab\\there\tline\\nbreak\tcr\\r\toct\\101\thex\\x42\n')])).toEqual([
      ['back\\slash', 'tab\there', 'line\nbreak', 'cr\r', 'octA', 'hexB'],
    ]);
  });

  it('joins rows and characters split across chunks', () => {
    const bytes = Buffer.from('Bogotá D.C.\tx\nMedellín\ty\n');
    const cut = bytes.indexOf(Buffer.from('á')) + 1; // inside the two bytes of "á"
    expect(read([bytes.subarray(0, cut), bytes.subarray(cut, 20), bytes.subarray(20)])).toEqual([
      ['Bogotá D.C.', 'x'],
      ['Medellín', 'y'],
    ]);
  });

  it('passes control characters COPY does not escape (the skills separator)', () => {
    expect(read([Buffer.from('Java\x1fSQL\n')])).toEqual([['Java\x1fSQL']]);
  });

  it('refuses output that stops in the middle of a row', () => {
    const reader = new CopyTextReader();
    reader.push(Buffer.from('a\tb'), () => undefined);
    expect(() => reader.end()).toThrow(/middle of a row/);
  });
});
