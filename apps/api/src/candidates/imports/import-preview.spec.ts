import { CsvParser } from './csv-parser';
import { importTemplateCsv } from './csv-template';
import { previewImport } from './import-preview';
import type { FileHead } from './upload-check';

const head = (text: string): FileHead => {
  const parser = new CsvParser(',');
  return { delimiter: ',', records: parser.end(parser.push(text)), complete: true };
};

describe('import preview', () => {
  it('guesses the mapping from a header with aliases and unknown columns, and says what is missing', () => {
    const preview = previewImport(head('Name,Contact,Shoe size\nAna,ana@example.com,38\n'), {});
    expect(preview.columns.map((c) => c.column)).toEqual(['full_name', null, null]);
    expect(preview.columns.every((c) => c.guessed)).toBe(true);
    expect(preview.problems).toEqual([expect.stringContaining('no column to email')]);
    expect(preview.rows).toEqual([expect.objectContaining({ line: 2, outcome: 'rejected' })]);
  });

  it('a corrected mapping imports the rows and ignores the unknown column', () => {
    const preview = previewImport(head('Name,E-mail address,Shoe size\nAna,ana@example.com,38\nBo,bad-email,40\n'), { mapping: ['full_name', 'email', null] });
    expect(preview.problems).toEqual([]);
    expect(preview.columns.map((c) => [c.column, c.guessed])).toEqual([['full_name', false], ['email', false], [null, false]]);
    expect(preview.rows.map((r) => r.outcome)).toEqual(['imported', 'rejected']);
    expect(preview.rows[1].errors).toEqual([{ field: 'E-mail address', message: 'must be an email address' }]);
  });

  it('reports rows that would be imported with warnings', () => {
    const preview = previewImport(head('full_name,email,seeking_status\nAna,ana@example.com,sometimes\n'), {});
    expect(preview.rows[0]).toMatchObject({ outcome: 'imported_with_warnings', warnings: [{ field: 'seeking_status' }] });
  });

  it('a mapping of the wrong length is a problem, not an exception', () => {
    const preview = previewImport(head('full_name,email\nAna,ana@example.com\n'), { mapping: ['full_name'] });
    expect(preview.problems).toEqual([expect.stringContaining('has 1 entries but the file has 2 columns')]);
  });

  it('shows at most 10 rows', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `P${i},p${i}@example.com`).join('\n');
    expect(previewImport(head(`full_name,email\n${rows}\n`), {}).rows).toHaveLength(10);
  });

  it('the downloadable template maps every column, skips its help lines and imports its example row cleanly', () => {
    const preview = previewImport(head(importTemplateCsv()), {});
    expect(preview.problems).toEqual([]);
    expect(preview.columns.every((c) => c.column !== null)).toBe(true);
    expect(preview.rows).toEqual([expect.objectContaining({ outcome: 'imported', warnings: [], errors: [] })]);
  });
});
