import { guessMapping, readHeader } from './csv-columns';
import { readRow } from './csv-row';
import { MalformedFileError } from './malformed-file.error';

// Optional self-declared, audit-only columns (segment fairness audit): never candidate fields.
const header = readHeader(['full_name', 'email', 'Age band', 'Gender', 'disability_status', 'veteran']);

describe('CSV rows: audit-only demographic columns', () => {
  it('reads them apart from the candidate, normalising case and spaces', () => {
    const row = readRow(['Ana', 'ana@example.com', ' 25-34 ', 'Non binary', 'Prefer not to say', 'NO'], header);
    expect(row.demographics).toEqual({ ageBand: '25-34', gender: 'non_binary', disability: 'prefer_not_to_say', veteran: 'no' });
    expect(row.input).toBeDefined();
    expect(Object.keys(row.input!)).not.toEqual(expect.arrayContaining(['ageBand', 'gender', 'disability', 'veteran']));
    expect(row.warnings).toEqual([]);
  });

  it('leaves an unknown value out with a warning naming the column, and keeps the row', () => {
    const row = readRow(['Ana', 'ana@example.com', '30-39', 'woman', '', ''], header);
    expect(row.demographics).toEqual({ gender: 'woman' });
    expect(row.input).toBeDefined();
    expect(row.warnings).toEqual([{ field: 'Age band', message: expect.stringMatching(/^must be one of 18-24, .*prefer_not_to_say; imported without Age band$/) }]);
  });

  it('gives no demographics when the cells are empty or the columns absent', () => {
    expect(readRow(['Ana', 'ana@example.com', '', '', '', ''], header).demographics).toBeUndefined();
    expect(readRow(['Ana', 'ana@example.com'], readHeader(['full_name', 'email'])).demographics).toBeUndefined();
  });

  it('refuses a repeated audit column, and proposes the columns in the preview mapping', () => {
    expect(() => readHeader(['full_name', 'email', 'gender', 'Gender'])).toThrow(MalformedFileError);
    expect(guessMapping(['name', 'email', 'Age range', 'veteran status'])).toEqual(['full_name', 'email', 'age_band', 'veteran']);
    const mapped = readHeader(['n', 'e', 'g'], ['full_name', 'email', 'gender']);
    expect(readRow(['Ana', 'ana@example.com', 'man'], mapped).demographics).toEqual({ gender: 'man' });
  });
});
