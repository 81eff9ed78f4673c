import { readHeader } from './csv-columns';
import { readRow } from './csv-row';
import { canonicalValue } from './csv-synonyms';

const header = readHeader(['Name', 'Email', 'seeking status', 'Education', 'country_code', 'desired_salary', 'desired_salary_currency', 'years_experience']);
const row = (cells: Partial<Record<'name' | 'email' | 'seeking' | 'education' | 'country' | 'salary' | 'currency' | 'years', string>>) =>
  [cells.name ?? 'Ana Gómez', cells.email ?? 'Ana@Example.com', cells.seeking ?? '', cells.education ?? '', cells.country ?? '', cells.salary ?? '', cells.currency ?? '', cells.years ?? ''];

describe('CSV rows: synonyms', () => {
  it.each([
    ['seekingStatus', 'Open', 'passive'],
    ['seekingStatus', 'Actively looking', 'active'],
    ['seekingStatus', 'NOT LOOKING', 'not_looking'],
    ['educationLevel', 'PhD', 'doctorate'],
    ['educationLevel', "Bachelor's degree", 'bachelor'],
    ['preferredEmploymentType', 'Full-time', 'full_time'],
    ['availability', '2 weeks', 'two_weeks'],
  ] as const)('%s "%s" means %s', (field, cell, value) => {
    expect(canonicalValue(field, cell)).toBe(value);
  });

  it('a cell that means nothing is left for the rules to explain', () => {
    expect(canonicalValue('seekingStatus', 'maybe')).toBe('maybe');
  });

  it('a row with synonyms imports with canonical values and no warnings', () => {
    const result = readRow(row({ seeking: 'open', education: 'phd' }), header);
    expect(result.warnings).toEqual([]);
    expect(result.input).toMatchObject({ email: 'ana@example.com', seekingStatus: 'passive', educationLevel: 'doctorate' });
  });
});

describe('CSV rows: optional values that fail are left out, required ones reject the row', () => {
  it('an invalid optional value keeps the row without it and warns under the file column name', () => {
    const result = readRow(row({ seeking: 'maybe', country: 'ES' }), header);
    expect(result.errors).toEqual([]);
    expect(result.input).toMatchObject({ fullName: 'Ana Gómez', location: { countryCode: 'ES' } });
    expect(result.input?.seekingStatus).toBeUndefined();
    expect(result.warnings).toEqual([{ field: 'seeking status', message: expect.stringMatching(/^must be one of: active, passive, not_looking; imported without seeking status$/) }]);
  });

  it('several invalid optional values give one warning each', () => {
    const result = readRow(row({ country: 'Spain', years: 'ten' }), header);
    expect(result.input).toBeDefined();
    expect(result.warnings.map((w) => w.field).sort()).toEqual(['country_code', 'years_experience']);
  });

  it('an invalid email rejects the row, and optional problems are not reported as warnings then', () => {
    const result = readRow(row({ email: 'not-an-email', seeking: 'maybe' }), header);
    expect(result.input).toBeUndefined();
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual(expect.arrayContaining([{ field: 'Email', message: 'must be an email address' }]));
  });

  it('a missing full name rejects the row', () => {
    const result = readRow(row({ name: ' ' }), header);
    expect(result.input).toBeUndefined();
    expect(result.errors).toEqual([{ field: 'Name', message: 'is required' }]);
  });

  it('an invalid currency leaves the salary out with it (a salary means nothing without its currency)', () => {
    const result = readRow(row({ salary: '50000', currency: 'EURO' }), header);
    expect(result.input?.desiredSalary).toBeUndefined();
    expect(result.input?.desiredSalaryCurrency).toBeUndefined();
    expect(result.warnings).toEqual([{ field: 'desired_salary_currency', message: expect.stringContaining('imported without desired_salary_currency and desired_salary') }]);
  });
});

describe('CSV rows: default salary currency', () => {
  it('a salary without a currency gets the import default', () => {
    const result = readRow(row({ salary: '50000' }), header, { defaultSalaryCurrency: 'EUR' });
    expect(result.input).toMatchObject({ desiredSalary: 50000, desiredSalaryCurrency: 'EUR' });
    expect(result.warnings).toEqual([]);
  });

  it('a currency the row gives wins over the default', () => {
    expect(readRow(row({ salary: '50000', currency: 'gbp' }), header, { defaultSalaryCurrency: 'EUR' }).input).toMatchObject({ desiredSalaryCurrency: 'GBP' });
  });

  it('without a default, the salary is left out with a warning instead of rejecting the row', () => {
    const result = readRow(row({ salary: '50000' }), header);
    expect(result.input).toBeDefined();
    expect(result.input?.desiredSalary).toBeUndefined();
    expect(result.warnings[0].message).toContain('is required when desiredSalary is set');
  });
});
