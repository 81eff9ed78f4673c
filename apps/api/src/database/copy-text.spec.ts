import { copyLine, copyValue } from './copy-text';

describe('COPY text encoding', () => {
  it('writes NULL, booleans, numbers and dates the way COPY reads them', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(false)).toBe('f');
    expect(copyValue(90_000_000)).toBe('90000000');
    expect(copyValue(new Date('2026-11-26T10:00:00.123Z'))).toBe('2026-11-26T10:00:00.123Z');
  });

  it('escapes backslashes, tabs and line breaks inside text', () => {
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyValue('plain text, "quoted"')).toBe('plain text, "quoted"');
  });

  it('writes arrays as quoted array literals, escaped for COPY', () => {
    expect(copyValue([])).toBe('{}');
    expect(copyValue(['java', 'spring boot'])).toBe('{"java","spring boot"}');
    // A quote becomes \" in the array literal; COPY then doubles that backslash.
    expect(copyValue(['c"#', 'a\\b'])).toBe('{"c\\\\"#","a\\\\\\\\b"}');
  });

  it('joins values with tabs and ends the line', () => {
    expect(copyLine(['Ana', null, ['x'], false])).toBe('Ana\t\\N\t{"x"}\tf\n');
  });
});
