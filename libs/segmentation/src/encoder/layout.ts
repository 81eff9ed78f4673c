// The raw column layout: which columns exist for a set of feature groups and vocabularies, and a
// writer that lists one candidate's raw (unscaled) non-zero values. Fitting and encoding share it,
// so the two can never disagree on what a column means.
import { EMPLOYMENT_TYPES, SEEKING_STATUSES } from '../types';
import type { CandidateFeatures, FeatureGroup } from '../types';
import type { ColumnKind, CurrencyRates, FittedEncoder } from './encoder-types';
import {
  logSalary,
  createSkillNormaliser,
  readCountry,
  readEducation,
  readEmploymentType,
  readSeeking,
  readSkills,
  readYears,
  regionKey,
  salaryInBase,
} from './normalise';

/**
 * The non-zero raw values of one candidate. Rows are sparse (a few of ~60 columns are set), so
 * fitting and encoding touch only these instead of a dense row. A column is set once per row.
 */
export class RawRow {
  readonly index: Int32Array;
  readonly value: Float64Array;
  length = 0;
  private readonly stamp: Int32Array;
  private row = 1;

  constructor(width: number) {
    this.index = new Int32Array(width);
    this.value = new Float64Array(width);
    this.stamp = new Int32Array(width);
  }

  reset(): void {
    this.length = 0;
    if (++this.row === 0x7fffffff) {
      this.stamp.fill(0);
      this.row = 1;
    }
  }

  has(column: number): boolean {
    return this.stamp[column] === this.row;
  }

  set(column: number, value: number): void {
    if (this.stamp[column] === this.row) return; // e.g. a skill listed twice
    this.stamp[column] = this.row;
    this.index[this.length] = column;
    this.value[this.length++] = value;
  }
}

export interface RawLayout {
  names: string[];
  kinds: ColumnKind[];
  groups: FeatureGroup[];
  /** Lists the candidate's non-zero raw values into `row` (reset beforehand). */
  write(candidate: CandidateFeatures, row: RawRow): void;
}

export type LayoutSpec = Pick<FittedEncoder, 'features' | 'vocabulary' | 'impute'> & {
  currency: CurrencyRates;
};

type Writer = (c: CandidateFeatures, row: RawRow) => void;

export function buildLayout(spec: LayoutSpec): RawLayout {
  const names: string[] = [];
  const kinds: ColumnKind[] = [];
  const groups: FeatureGroup[] = [];
  const writers: Writer[] = [];
  const add = (group: FeatureGroup, name: string, kind: ColumnKind): number => {
    names.push(`${group}:${name}`);
    kinds.push(kind);
    groups.push(group);
    return names.length - 1;
  };
  // A number plus a 0/1 "was missing" flag; the number is imputed with the fit median.
  const numeric = (group: FeatureGroup, name: string, impute: number, read: (c: CandidateFeatures) => number | null) => {
    const value = add(group, name, 'numeric');
    const missing = add(group, 'missing', 'indicator');
    writers.push((c, out) => {
      const v = read(c);
      if (v === null) {
        out.set(value, impute);
        out.set(missing, 1);
      } else out.set(value, v);
    });
  };
  // One-hot over a fixed set of values plus a "missing" column.
  const oneHot = <T extends string>(group: FeatureGroup, values: readonly T[], read: (c: CandidateFeatures) => T | null) => {
    const index = new Map(values.map((v) => [v, add(group, `=${v}`, 'indicator')]));
    const missing = add(group, '(missing)', 'indicator');
    writers.push((c, out) => {
      const v = read(c);
      out.set(v === null ? missing : (index.get(v) as number), 1);
    });
  };

  for (const group of spec.features) {
    switch (group) {
      case 'experience':
        numeric(group, 'years', spec.impute.yearsExperience, (c) => readYears(c.yearsExperience));
        break;
      case 'salary':
        numeric(group, 'log', spec.impute.logSalary, (c) => {
          const amount = salaryInBase(c.desiredSalary, c.desiredSalaryCurrency, spec.currency);
          return amount === null ? null : logSalary(amount);
        });
        break;
      case 'education':
        numeric(group, 'level', spec.impute.educationLevel, (c) => readEducation(c.educationLevel));
        break;
      case 'seeking':
        oneHot(group, SEEKING_STATUSES, (c) => readSeeking(c.seekingStatus));
        break;
      case 'employmentType':
        oneHot(group, EMPLOYMENT_TYPES, (c) => readEmploymentType(c.preferredEmploymentType));
        break;
      case 'location':
        writers.push(locationWriter(spec.vocabulary, add));
        break;
      case 'skills':
        writers.push(skillsWriter(spec.vocabulary.skills, add));
        break;
    }
  }
  return {
    names,
    kinds,
    groups,
    write(c, out) {
      for (let w = 0; w < writers.length; w++) writers[w](c, out);
    },
  };
}

type AddColumn = (group: FeatureGroup, name: string, kind: ColumnKind) => number;

function locationWriter(vocabulary: LayoutSpec['vocabulary'], add: AddColumn): Writer {
  const countries = new Map(vocabulary.countries.map((c) => [c, add('location', `country=${c}`, 'indicator')]));
  const otherCountry = add('location', 'country(other)', 'indicator');
  const missingCountry = add('location', 'country(missing)', 'indicator');
  const regions = new Map(vocabulary.regions.map((r) => [r, add('location', `region=${r}`, 'indicator')]));
  // Regions are a refinement: only worth an "other" column when some regions are tracked.
  const otherRegion = regions.size > 0 ? add('location', 'region(other)', 'indicator') : -1;
  return (c, out) => {
    const country = readCountry(c.countryCode);
    out.set(country === null ? missingCountry : (countries.get(country) ?? otherCountry), 1);
    if (otherRegion >= 0) {
      const key = regionKey(country, c.region);
      out.set((key !== null ? regions.get(key) : undefined) ?? otherRegion, 1);
    }
  };
}

function skillsWriter(vocabulary: string[], add: AddColumn): Writer {
  const index = new Map(vocabulary.map((s) => [s, add('skills', `=${s}`, 'indicator')]));
  // An empty skill list is missing information, not "has none of the top skills": flag it.
  const none = add('skills', '(none)', 'indicator');
  const normalise = createSkillNormaliser();
  return (c, out) => {
    const skills = readSkills(c.skills);
    let any = false;
    for (let i = 0; i < skills.length; i++) {
      const name = normalise(skills[i]);
      if (name === null) continue;
      any = true;
      const col = index.get(name);
      if (col !== undefined) out.set(col, 1);
    }
    if (!any) out.set(none, 1);
  };
}
