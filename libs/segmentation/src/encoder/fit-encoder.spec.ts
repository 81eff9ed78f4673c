import { SegmentationError } from '../errors';
import { candidate } from '../testing/fixtures';
import type { CandidateFeatures, FeatureGroup } from '../types';
import { encode } from './encode';
import { DEFAULT_WEIGHTS, fitEncoder } from './fit-encoder';

const rates = { base: 'USD', rates: { EUR: 1.1, COP: 0.00025 } };

function population(): CandidateFeatures[] {
  const out: CandidateFeatures[] = [];
  for (let i = 0; i < 200; i++) {
    out.push(
      candidate({
        id: `c${i}`,
        yearsExperience: i % 20,
        desiredSalary: 20000 + 500 * i,
        educationLevel: (['high_school', 'bachelor', 'master'] as const)[i % 3],
        seekingStatus: (['active', 'passive', 'not_looking'] as const)[i % 3],
        preferredEmploymentType: i % 4 === 0 ? 'contract' : 'full_time',
        countryCode: i % 5 === 0 ? 'MX' : i % 7 === 0 ? 'ES' : 'CO',
        skills: i % 2 === 0 ? ['Java', 'SQL'] : ['React', i % 3 === 0 ? 'CSS' : 'TypeScript'],
      }),
    );
  }
  return out;
}

/** Sum of the variances of a group's encoded columns. */
function groupVariance(matrix: Float64Array, n: number, d: number, columns: number[]): number {
  let total = 0;
  for (const j of columns) {
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      sum += matrix[i * d + j];
      sq += matrix[i * d + j] ** 2;
    }
    total += sq / n - (sum / n) ** 2;
  }
  return total;
}

describe('fitEncoder', () => {
  it('builds vocabularies from the most frequent values, most frequent first', () => {
    const enc = fitEncoder(population(), { currency: rates, topSkills: 4, topCountries: 2 });
    // java, react and sql are listed by 100 people each (ties go by name), typescript by 67, css by 33.
    expect(enc.vocabulary.skills).toEqual(['java', 'react', 'sql', 'typescript']);
    expect(enc.vocabulary.countries).toEqual(['CO', 'MX']);
    expect(enc.columns.map((c) => c.name)).toContain('location:country(other)');
  });

  it('scales every group to a total variance of weight², whatever its width', () => {
    const people = population();
    const enc = fitEncoder(people, { currency: rates, weights: { salary: 3 } });
    const { matrix, n, d } = encode(enc, people);
    for (const group of ['experience', 'salary', 'seeking', 'skills', 'location'] as FeatureGroup[]) {
      const cols = enc.columns.flatMap((c, j) => (c.group === group ? [j] : []));
      const weight = group === 'salary' ? 3 : DEFAULT_WEIGHTS[group];
      expect(groupVariance(matrix, n, d, cols)).toBeCloseTo(weight ** 2, 6);
    }
  });

  it('keeps only the requested feature groups, in canonical order', () => {
    const enc = fitEncoder(population(), { features: ['skills', 'experience'] });
    expect(enc.features).toEqual(['experience', 'skills']);
    expect(new Set(enc.columns.map((c) => c.group))).toEqual(new Set(['experience', 'skills']));
  });

  it('drops columns that are constant on the fit rows (e.g. a missing flag nobody sets)', () => {
    const enc = fitEncoder(population(), { currency: rates });
    const names = enc.columns.map((c) => c.name);
    expect(names).not.toContain('experience:missing');
    expect(names).toContain('experience:years');
  });

  it('drops a group whose weight is 0', () => {
    const enc = fitEncoder(population(), { weights: { location: 0 } });
    expect(enc.columns.some((c) => c.group === 'location')).toBe(false);
  });

  it('imputes missing numbers with the fit median and flags them', () => {
    const people = population();
    people[0] = candidate({ id: 'gap', yearsExperience: null, skills: [] });
    const enc = fitEncoder(people, { currency: rates });
    expect(enc.impute.yearsExperience).toBe(10);
    const flag = enc.columns.findIndex((c) => c.name === 'experience:missing');
    const none = enc.columns.findIndex((c) => c.name === 'skills:(none)');
    expect(flag).toBeGreaterThanOrEqual(0);
    const { matrix, d } = encode(enc, people);
    expect(matrix[flag]).toBeGreaterThan(0); // row 0 has the flag set …
    expect(matrix[d + flag]).toBeLessThan(0); // … row 1 does not
    expect(matrix[none]).toBeGreaterThan(0);
  });

  it('puts a candidate without skills at the average of every skill column (only the flag set)', () => {
    const people = population();
    people[0] = candidate({ id: 'gap', skills: [] });
    const enc = fitEncoder(people, { currency: rates });
    expect(enc.noSkills).toBe('neutral');
    const skillColumns = enc.columns.flatMap((c, j) => (c.group === 'skills' && c.name !== 'skills:(none)' ? [j] : []));
    const { matrix, d } = encode(enc, people);
    expect(skillColumns.length).toBeGreaterThan(0);
    for (const j of skillColumns) expect(matrix[j]).toBe(0);
    expect(skillColumns.some((j) => matrix[d + j] !== 0)).toBe(true); // row 1 lists skills
  });

  it('an encoder stored before `noSkills` existed encodes such candidates as it always did', () => {
    const people = population();
    people[0] = candidate({ id: 'gap', skills: [] });
    const { noSkills: _dropped, ...legacy } = fitEncoder(people, { currency: rates });
    const java = legacy.columns.findIndex((c) => c.name === 'skills:=java');
    const { matrix } = encode(legacy, people);
    expect(matrix[java]).toBeCloseTo(-legacy.means[java] / legacy.scales[java], 12);
    expect(matrix[java]).toBeLessThan(0);
  });

  it('converts salaries to the base currency before taking the log', () => {
    const people = population();
    people[0] = candidate({ desiredSalary: 100_000, desiredSalaryCurrency: 'USD' });
    people[1] = candidate({ desiredSalary: 100_000 / 1.1, desiredSalaryCurrency: 'EUR' });
    people[2] = candidate({ desiredSalary: 400_000_000, desiredSalaryCurrency: 'COP' });
    const enc = fitEncoder(people, { currency: rates });
    const { matrix, d } = encode(enc, people);
    const col = enc.columns.findIndex((c) => c.name === 'salary:log');
    expect(matrix[d + col]).toBeCloseTo(matrix[col], 9);
    expect(matrix[2 * d + col]).toBeCloseTo(matrix[col], 9);
  });

  it('without a rate table, uses the most frequent currency and treats others as missing', () => {
    const people = population();
    people[0] = candidate({ desiredSalary: 1000, desiredSalaryCurrency: 'EUR' });
    const enc = fitEncoder(people);
    expect(enc.currency.base).toBe('USD');
    const { matrix } = encode(enc, people);
    const flag = enc.columns.findIndex((c) => c.name === 'salary:missing');
    expect(flag).toBeGreaterThanOrEqual(0);
    expect(matrix[flag]).toBeGreaterThan(0);
  });

  it('rejects zero candidates and bad options with a SegmentationError', () => {
    expect(() => fitEncoder([])).toThrow(SegmentationError);
    expect(() => fitEncoder(population(), { features: [] })).toThrow(/At least one/);
    expect(() => fitEncoder(population(), { features: ['age' as FeatureGroup] })).toThrow(/Unknown feature/);
    expect(() => fitEncoder(population(), { weights: { skills: -1 } })).toThrow(/Weight/);
    expect(() => fitEncoder(population(), { topSkills: 1.5 })).toThrow(/topSkills/);
  });

  it('is plain JSON', () => {
    const enc = fitEncoder(population(), { currency: rates });
    expect(JSON.parse(JSON.stringify(enc))).toEqual(enc);
  });
});
