import type { FieldError } from '../../common/problem';
import type { EducationLevel, EmploymentType } from '../../common/enums';
import type { Availability, SeekingStatus } from '../candidate-enums';
import { CANDIDATE_RULES, CandidateField, FieldRule, LIMITS, REQUIRED_ON_CREATE, ruleViolation } from './candidate-rules';

export interface LocationInput {
  city?: string | null;
  region?: string | null;
  countryCode?: string | null;
}

/** A candidate as the API accepts it (after normalization). */
export interface CandidateInput {
  fullName: string;
  email: string;
  phone?: string | null;
  location?: LocationInput | null;
  yearsExperience?: number | null;
  educationLevel?: EducationLevel | null;
  skills?: string[];
  primarySkill?: string | null;
  desiredSalary?: number | null;
  desiredSalaryCurrency?: string | null;
  desiredPosition?: string | null;
  seekingStatus?: SeekingStatus | null;
  preferredEmploymentType?: EmploymentType | null;
  languages?: string[];
  availability?: Availability | null;
  source?: string | null;
  marketingConsent?: boolean;
}

const TOP_LEVEL = (Object.keys(CANDIDATE_RULES) as CandidateField[]).filter((f) => !f.includes('.'));
const LOCATION_FIELDS = ['city', 'region', 'countryCode'] as const;
const rules = CANDIDATE_RULES as Record<CandidateField, FieldRule>;

export interface Validated {
  value: CandidateInput;
  errors: FieldError[];
}

/**
 * Normalizes and validates a plain object with the same rules the DTOs use (create semantics:
 * fullName and email required). Unknown keys are ignored: callers decide which keys exist
 * (the CSV header check, the generator's schema). Errors name fields as the API does
 * (`location.countryCode`); one message per field.
 */
export function validateCandidate(input: Record<string, unknown>): Validated {
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of TOP_LEVEL) {
    const rule = rules[field];
    const normalized = rule.normalize(input[field]);
    const problem = ruleViolation(rule, normalized, REQUIRED_ON_CREATE.has(field));
    if (problem) errors.push({ field, message: problem });
    else if (normalized !== undefined) value[field] = normalized;
  }
  const location = value.location as Record<string, unknown> | null | undefined;
  if (location) {
    const clean: Record<string, unknown> = {};
    for (const key of LOCATION_FIELDS) {
      const field = `location.${key}` as CandidateField;
      const normalized = rules[field].normalize(location[key]);
      const problem = ruleViolation(rules[field], normalized, false);
      if (problem) errors.push({ field, message: problem });
      else if (normalized !== undefined) clean[key] = normalized;
    }
    value.location = clean;
  }
  if (errors.length === 0) errors.push(...crossFieldErrors(value as Partial<CandidateInput>));
  return { value: finalizeCandidate(value as unknown as CandidateInput), errors };
}

/** Rules between fields, checked on the complete (merged) candidate. */
export function crossFieldErrors(c: Partial<CandidateInput>): FieldError[] {
  if (c.desiredSalary != null && c.desiredSalaryCurrency == null) {
    return [{ field: 'desiredSalaryCurrency', message: 'is required when desiredSalary is set' }];
  }
  return [];
}

/** The primary skill is one of the skills: it defaults to the first and is added when missing. */
export function finalizeCandidate<T extends Partial<CandidateInput>>(c: T): T {
  const skills = c.skills ?? [];
  if (c.primarySkill) {
    if (!skills.includes(c.primarySkill)) c.skills = [c.primarySkill, ...skills].slice(0, LIMITS.skills);
  } else if (skills.length > 0) {
    c.primarySkill = skills[0];
  }
  return c;
}
