// Reading raw candidate fields into clean values. Input comes from imports and forms, so every
// reader tolerates undefined, wrong types and junk, and answers null for "missing".
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SEEKING_STATUSES } from '../types';
import type { EmploymentType, SeekingStatus } from '../types';
import type { CurrencyRates } from './encoder-types';

/** Experience above this is treated as a typo-level outlier and capped. */
const MAX_YEARS = 60;

export function readYears(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  return Math.min(value, MAX_YEARS);
}

export function readCurrency(value: unknown): string | null {
  return readCode(value);
}

const codes = new Map<string, string | null>();

/**
 * Upper-cased, trimmed code (currency or country). Memoised: a million rows carry a few dozen
 * distinct spellings, and trim + upper-case would allocate a string per row.
 */
function readCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let code = codes.get(value);
  if (code === undefined) {
    const clean = value.trim().toUpperCase();
    code = clean === '' ? null : clean;
    if (codes.size < 10_000) codes.set(value, code);
  }
  return code;
}

/** Salary converted to the base currency, or null when it is absent, not positive or unconvertible. */
export function salaryInBase(amount: unknown, currency: unknown, table: CurrencyRates): number | null {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return null;
  const code = readCurrency(currency);
  if (code === null || code === table.base) return amount;
  const rate = table.rates[code];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? amount * rate : null;
}

/** Log scale: salaries are heavily right-skewed and spread over orders of magnitude. */
export function logSalary(amountInBase: number): number {
  return Math.log(Math.max(amountInBase, 1));
}

const EDUCATION_INDEX = new Map<string, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

export function readEducation(value: unknown): number | null {
  return typeof value === 'string' ? (EDUCATION_INDEX.get(value) ?? null) : null;
}

export function readSeeking(value: unknown): SeekingStatus | null {
  return (SEEKING_STATUSES as readonly unknown[]).includes(value) ? (value as SeekingStatus) : null;
}

export function readEmploymentType(value: unknown): EmploymentType | null {
  return (EMPLOYMENT_TYPES as readonly unknown[]).includes(value) ? (value as EmploymentType) : null;
}

export function readCountry(value: unknown): string | null {
  return readCode(value);
}

/** `CC/region` with the region lower-cased, so "Antioquia" and "antioquia " match. */
export function regionKey(country: string | null, region: unknown): string | null {
  if (typeof region !== 'string') return null;
  const name = region.trim().toLowerCase().replace(/\s+/g, ' ');
  return name === '' ? null : `${country ?? '??'}/${name}`;
}

export function normaliseSkill(skill: unknown): string | null {
  if (typeof skill !== 'string') return null;
  const name = skill.trim().toLowerCase().replace(/\s+/g, ' ');
  return name === '' ? null : name;
}

/** Distinct spellings remembered by a cached normaliser (bounds memory on adversarial input). */
const SKILL_CACHE_LIMIT = 100_000;

/**
 * `normaliseSkill` with a memo: the same few thousand spellings repeat across millions of
 * candidates, and a Map hit is much cheaper than trim + lower-case + regex.
 */
export function createSkillNormaliser(): (skill: unknown) => string | null {
  const cache = new Map<string, string | null>();
  return (skill) => {
    if (typeof skill !== 'string') return null;
    let name = cache.get(skill);
    if (name === undefined) {
      name = normaliseSkill(skill);
      if (cache.size < SKILL_CACHE_LIMIT) cache.set(skill, name);
    }
    return name;
  };
}

/** Skills of a candidate, tolerating a missing or malformed list. */
export function readSkills(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
