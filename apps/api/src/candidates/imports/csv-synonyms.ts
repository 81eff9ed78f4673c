import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../../common/enums';
import { AVAILABILITIES, SEEKING_STATUSES } from '../candidate-enums';
import type { CandidateField } from '../validation/candidate-rules';

/**
 * Words people write in spreadsheets for the values of the enumerated columns. A CSV cell is
 * folded (lower case, runs of spaces, dashes, dots and apostrophes → "_") and then looked up
 * here; the canonical values themselves always match. Only the CSV import reads this: the API
 * keeps its exact enumerations.
 */
const SYNONYMS: Partial<Record<CandidateField, Record<string, readonly string[]>>> = {
  seekingStatus: {
    active: ['actively_looking', 'looking', 'job_seeking', 'seeking', 'available'],
    passive: ['open', 'open_to_offers', 'open_to_work', 'passively_looking', 'casually_looking'],
    not_looking: ['not_open', 'closed', 'not_seeking', 'unavailable', 'employed_not_looking'],
  },
  educationLevel: {
    none: ['no_degree', 'no_formal_education'],
    high_school: ['highschool', 'secondary', 'ged', 'high_school_diploma'],
    vocational: ['trade_school', 'apprenticeship', 'technical'],
    associate: ['associates', 'associate_degree', 'associate_s', 'associate_s_degree'],
    bachelor: ['bachelors', 'bachelor_s', 'bachelor_s_degree', 'bachelor_degree', 'ba', 'bs', 'bsc', 'undergraduate'],
    master: ['masters', 'master_s', 'master_s_degree', 'master_degree', 'ma', 'ms', 'msc', 'mba'],
    doctorate: ['phd', 'ph_d', 'doctoral', 'doctor', 'dphil'],
  },
  preferredEmploymentType: {
    full_time: ['fulltime', 'ft', 'permanent'],
    part_time: ['parttime', 'pt'],
    contract: ['contractor', 'freelance', 'freelancer'],
    internship: ['intern', 'trainee'],
    temporary: ['temp', 'seasonal'],
  },
  availability: {
    immediate: ['immediately', 'now', 'asap'],
    two_weeks: ['2_weeks', '2weeks', 'two_week'],
    one_month: ['1_month', '1month', 'a_month', 'month'],
    three_months: ['3_months', '3months'],
    not_available: ['unavailable', 'no'],
  },
};

const CANONICAL: Partial<Record<CandidateField, readonly string[]>> = {
  seekingStatus: SEEKING_STATUSES,
  educationLevel: EDUCATION_LEVELS,
  preferredEmploymentType: EMPLOYMENT_TYPES,
  availability: AVAILABILITIES,
};

export const foldValue = (text: string) => text.trim().toLowerCase().replace(/[\s\-.'’/]+/g, '_').replace(/^_+|_+$/g, '');

const LOOKUP = new Map<CandidateField, Map<string, string>>(
  (Object.keys(CANONICAL) as CandidateField[]).map((field) => {
    const table = new Map<string, string>();
    for (const value of CANONICAL[field]!) table.set(value, value);
    for (const [value, words] of Object.entries(SYNONYMS[field] ?? {})) for (const word of words) table.set(word, value);
    return [field, table];
  }),
);

/** True for the columns whose cells go through `canonicalValue`. */
export const hasSynonyms = (field: CandidateField): boolean => LOOKUP.has(field);

/** The enumeration value a cell means, or the cell unchanged when it means none (the rules then explain). */
export function canonicalValue(field: CandidateField, text: string): string {
  return LOOKUP.get(field)?.get(foldValue(text)) ?? text;
}

/** The accepted words per canonical value of an enumerated column (for the template and the docs). */
export function synonymsOf(field: CandidateField): ReadonlyArray<{ value: string; synonyms: readonly string[] }> {
  return (CANONICAL[field] ?? []).map((value) => ({ value, synonyms: SYNONYMS[field]?.[value] ?? [] }));
}
