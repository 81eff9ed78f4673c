import { isEmail } from 'class-validator';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../../common/enums';
import { isCountryCode, isCurrencyCode, isLanguageCode } from '../../common/iso';
import { normalizeSkill } from '../../common/text';
import { AVAILABILITIES, SEEKING_STATUSES } from '../candidate-enums';

/**
 * THE rules for candidate fields, written once. The API DTOs apply them through class-validator
 * (`CandidateRule` decorator) and the CSV importer / data generator call `validateCandidate`
 * directly (one function call per field instead of class-validator's per-row metadata walk: the
 * difference matters at a million rows). Never restate a rule elsewhere.
 */
export interface FieldRule {
  /** May be null or left out. Non-nullable fields are still optional in a PATCH. */
  nullable: boolean;
  /** Trims/case-folds input before checking; returns anything it does not understand unchanged. */
  normalize(value: unknown): unknown;
  /** Why a non-null, normalized value is invalid, or null when it is fine. */
  check(value: unknown): string | null;
  /** Swagger description of the same constraints. */
  api: Record<string, unknown>;
}

export const LIMITS = { fullName: 200, email: 254, phone: 32, city: 100, region: 100, skill: 60, skills: 50, position: 200, source: 60, languages: 20, maxYears: 70, maxSalary: 1_000_000_000_000 } as const;

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
/** Optional text: surrounding spaces go, and an empty string means "no value". */
const trimToNull = (value: unknown) => (typeof value === 'string' ? value.trim() || null : value);
const trimLower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const upperCode = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value);

function text(max: number): (value: unknown) => string | null {
  return (value) => {
    if (typeof value !== 'string') return 'must be a string';
    if (value.length === 0) return 'must not be empty';
    return value.length > max ? `must be at most ${max} characters` : null;
  };
}

function oneOf(values: readonly string[]): (value: unknown) => string | null {
  const allowed = new Set(values);
  const message = `must be one of: ${values.join(', ')}`;
  return (value) => (typeof value === 'string' && allowed.has(value) ? null : message);
}

function wholeNumber(min: number, max: number): (value: unknown) => string | null {
  return (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `must be a whole number between ${min} and ${max}`);
}

/** Folds each item (trim, lower-case...), drops empty ones and duplicates, keeps the order. */
function normalizeList(fold: (s: string) => string) {
  return (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    const seen = new Set<string>();
    for (const item of value) {
      if (typeof item !== 'string') return value; // let check() explain
      const clean = fold(item);
      if (clean) seen.add(clean);
    }
    return [...seen];
  };
}

/** Same form as job skills (lowercase, single spaces), so jobs, candidates and segments match. */
const skill = (s: string) => normalizeSkill(s) as string;

function list(maxItems: number, item: (s: string) => string | null): (value: unknown) => string | null {
  return (value) => {
    if (!Array.isArray(value)) return 'must be a list of strings';
    if (value.length > maxItems) return `must have at most ${maxItems} items`;
    for (const entry of value) {
      if (typeof entry !== 'string') return 'must be a list of strings';
      const problem = item(entry);
      if (problem) return `each item ${problem}`;
    }
    return null;
  };
}

const PHONE = /^\+?[0-9][0-9 ().-]*$/;

export const CANDIDATE_RULES = {
  fullName: { nullable: false, normalize: trim, check: text(LIMITS.fullName), api: { type: String, maxLength: LIMITS.fullName, example: 'Ana María Gómez' } },
  email: {
    nullable: false,
    normalize: trimLower,
    check: (v) => (typeof v !== 'string' ? 'must be a string' : v.length > LIMITS.email ? `must be at most ${LIMITS.email} characters` : isEmail(v) ? null : 'must be an email address'),
    api: { type: String, maxLength: LIMITS.email, format: 'email', description: 'Unique; stored in lowercase', example: 'ana.gomez@example.com' },
  },
  phone: {
    nullable: true,
    normalize: trimToNull,
    check: (v) => (typeof v !== 'string' ? 'must be a string' : v.length > LIMITS.phone ? `must be at most ${LIMITS.phone} characters` : PHONE.test(v) && /\d{2}.*\d{2}/.test(v) ? null : 'must be a phone number (digits, spaces and + ( ) - . only)'),
    api: { type: String, maxLength: LIMITS.phone, example: '+57 300 123 4567' },
  },
  location: {
    nullable: true,
    normalize: (v) => v,
    check: (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? null : 'must be an object'),
    api: {},
  },
  'location.city': { nullable: true, normalize: trimToNull, check: text(LIMITS.city), api: { type: String, maxLength: LIMITS.city, example: 'Medellín' } },
  'location.region': { nullable: true, normalize: trimToNull, check: text(LIMITS.region), api: { type: String, maxLength: LIMITS.region, example: 'Antioquia' } },
  'location.countryCode': {
    nullable: true,
    normalize: upperCode,
    check: (v) => (isCountryCode(v) ? null : 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")'),
    api: { type: String, minLength: 2, maxLength: 2, example: 'CO', description: 'ISO 3166-1 alpha-2' },
  },
  yearsExperience: { nullable: true, normalize: (v) => v, check: wholeNumber(0, LIMITS.maxYears), api: { type: 'integer', minimum: 0, maximum: LIMITS.maxYears, example: 6 } },
  educationLevel: { nullable: true, normalize: trimToNull, check: oneOf(EDUCATION_LEVELS), api: { enum: EDUCATION_LEVELS, enumName: 'EducationLevel' } },
  skills: {
    nullable: false,
    normalize: normalizeList(skill),
    check: list(LIMITS.skills, text(LIMITS.skill)),
    api: { type: 'array', items: { type: 'string', maxLength: LIMITS.skill }, maxItems: LIMITS.skills, example: ['java', 'spring', 'sql'], description: 'Stored lowercase with single spaces, without duplicates (as job skills)' },
  },
  primarySkill: { nullable: true, normalize: (v) => (typeof v === 'string' ? skill(v) || null : v), check: text(LIMITS.skill), api: { type: String, maxLength: LIMITS.skill, example: 'java', description: 'Lowercase like skills; defaults to the first skill and is added to skills when missing' } },
  desiredSalary: {
    nullable: true,
    normalize: (v) => v,
    check: wholeNumber(0, LIMITS.maxSalary),
    api: { type: 'integer', minimum: 0, maximum: LIMITS.maxSalary, example: 60000, description: 'Annual gross pay in whole units of desiredSalaryCurrency' },
  },
  desiredSalaryCurrency: {
    nullable: true,
    normalize: upperCode,
    check: (v) => (isCurrencyCode(v) ? null : 'must be an ISO 4217 currency code (e.g. "EUR")'),
    api: { type: String, minLength: 3, maxLength: 3, example: 'USD', description: 'ISO 4217; required when desiredSalary is set' },
  },
  desiredPosition: { nullable: true, normalize: trimToNull, check: text(LIMITS.position), api: { type: String, maxLength: LIMITS.position, example: 'Backend Engineer' } },
  seekingStatus: { nullable: true, normalize: trimToNull, check: oneOf(SEEKING_STATUSES), api: { enum: SEEKING_STATUSES, enumName: 'SeekingStatus' } },
  preferredEmploymentType: { nullable: true, normalize: trimToNull, check: oneOf(EMPLOYMENT_TYPES), api: { enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' } },
  languages: {
    nullable: false,
    normalize: normalizeList((s) => s.trim().toLowerCase()),
    check: list(LIMITS.languages, (s) => (isLanguageCode(s) ? null : 'must be an ISO 639-1 language code (e.g. "en")')),
    api: { type: 'array', items: { type: 'string', minLength: 2, maxLength: 2 }, maxItems: LIMITS.languages, example: ['es', 'en'], description: 'ISO 639-1 codes' },
  },
  availability: { nullable: true, normalize: trimToNull, check: oneOf(AVAILABILITIES), api: { enum: AVAILABILITIES, enumName: 'Availability' } },
  source: { nullable: true, normalize: trimToNull, check: text(LIMITS.source), api: { type: String, maxLength: LIMITS.source, example: 'referral', description: 'Where the candidate came from' } },
  marketingConsent: { nullable: false, normalize: (v) => v, check: (v) => (typeof v === 'boolean' ? null : 'must be true or false'), api: { type: Boolean, description: 'Consent to marketing contact; the time it was given is recorded' } },
} satisfies Record<string, FieldRule>;

export type CandidateField = keyof typeof CANDIDATE_RULES;

/** Fields a new candidate must have. */
export const REQUIRED_ON_CREATE: ReadonlySet<CandidateField> = new Set<CandidateField>(['fullName', 'email']);

/**
 * The message for one field value, or null when it is acceptable. `required` is true on create
 * for fullName/email. Non-nullable fields may be left out but never set to null.
 */
export function ruleViolation(rule: FieldRule, value: unknown, required: boolean): string | null {
  if (value === undefined) return required ? 'is required' : null;
  if (value === null) return rule.nullable && !required ? null : required ? 'is required' : 'must not be null';
  return rule.check(value);
}
