import type { CandidateFeatures, EducationLevel, EmploymentType, SeekingStatus } from '@adflux/segmentation';

/** Skills travel as one string joined by this separator: splitting is much cheaper than pg's array parser. */
const SKILL_SEPARATOR = '\x1f';

/**
 * The candidate columns segmentation reads, in the order `toCandidateFeatures` expects them
 * (query with `rowMode: 'array'`). `c` is the candidates table alias.
 */
export const FEATURE_COLUMNS_SQL = `c.id, c.years_experience, c.desired_salary, c.desired_salary_currency, c.education_level,
  c.seeking_status, c.preferred_employment_type, c.country_code, c.region, array_to_string(c.skills, E'\\x1f')`;

export type FeatureRow = [
  id: string,
  yearsExperience: number | null,
  desiredSalary: string | number | null,
  currency: string | null,
  educationLevel: string | null,
  seekingStatus: string | null,
  employmentType: string | null,
  countryCode: string | null,
  region: string | null,
  skills: string | null,
];

/**
 * Keeps one copy of each repeated string (countries, regions, skills, enum values): a million
 * candidates share a few hundred distinct values, and pg hands out a fresh string per row.
 */
export class StringInterner {
  private readonly values = new Map<string, string>();

  get size(): number {
    return this.values.size;
  }

  intern<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.values.get(value);
    if (known !== undefined) return known as T;
    this.values.set(value, value);
    return value;
  }
}

/** One database row → the library's input record. */
export function toCandidateFeatures(row: FeatureRow, strings: StringInterner): CandidateFeatures {
  const skills = row[9];
  const salary = row[2];
  return {
    id: row[0],
    yearsExperience: row[1],
    desiredSalary: salary === null ? null : Number(salary),
    desiredSalaryCurrency: strings.intern(row[3]),
    educationLevel: strings.intern(row[4]) as EducationLevel | null,
    seekingStatus: strings.intern(row[5]) as SeekingStatus | null,
    preferredEmploymentType: strings.intern(row[6]) as EmploymentType | null,
    countryCode: strings.intern(row[7]),
    region: strings.intern(row[8]),
    skills: skills === null || skills === '' ? [] : splitSkills(skills, strings),
  };
}

function splitSkills(joined: string, strings: StringInterner): string[] {
  const parts = joined.split(SKILL_SEPARATOR);
  for (let i = 0; i < parts.length; i++) parts[i] = strings.intern(parts[i]);
  return parts;
}
