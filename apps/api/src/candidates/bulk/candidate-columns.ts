import type { CandidateField } from '../validation/candidate-rules';
import type { CandidateInput } from '../validation/validate-candidate';

/** A writable candidates column: which API field feeds it and its SQL type (for staging tables). */
export interface CandidateColumn {
  name: string;
  field: CandidateField;
  sqlType: string;
  get(c: CandidateInput): unknown;
}

/**
 * The writable columns in COPY order. Bulk writers (CSV import, data generation, seeds) all
 * encode a CandidateInput through this one list.
 */
export const CANDIDATE_COLUMNS: readonly CandidateColumn[] = [
  { name: 'full_name', field: 'fullName', sqlType: 'varchar(200)', get: (c) => c.fullName },
  { name: 'email', field: 'email', sqlType: 'varchar(254)', get: (c) => c.email },
  { name: 'phone', field: 'phone', sqlType: 'varchar(32)', get: (c) => c.phone },
  { name: 'city', field: 'location.city', sqlType: 'varchar(100)', get: (c) => c.location?.city },
  { name: 'region', field: 'location.region', sqlType: 'varchar(100)', get: (c) => c.location?.region },
  { name: 'country_code', field: 'location.countryCode', sqlType: 'char(2)', get: (c) => c.location?.countryCode },
  { name: 'years_experience', field: 'yearsExperience', sqlType: 'smallint', get: (c) => c.yearsExperience },
  { name: 'education_level', field: 'educationLevel', sqlType: 'varchar(16)', get: (c) => c.educationLevel },
  { name: 'skills', field: 'skills', sqlType: 'text[]', get: (c) => c.skills ?? [] },
  { name: 'primary_skill', field: 'primarySkill', sqlType: 'varchar(60)', get: (c) => c.primarySkill },
  { name: 'desired_salary', field: 'desiredSalary', sqlType: 'bigint', get: (c) => c.desiredSalary },
  { name: 'desired_salary_currency', field: 'desiredSalaryCurrency', sqlType: 'char(3)', get: (c) => c.desiredSalaryCurrency },
  { name: 'desired_position', field: 'desiredPosition', sqlType: 'varchar(200)', get: (c) => c.desiredPosition },
  { name: 'seeking_status', field: 'seekingStatus', sqlType: 'varchar(16)', get: (c) => c.seekingStatus },
  { name: 'preferred_employment_type', field: 'preferredEmploymentType', sqlType: 'varchar(16)', get: (c) => c.preferredEmploymentType },
  { name: 'languages', field: 'languages', sqlType: 'text[]', get: (c) => c.languages ?? [] },
  { name: 'availability', field: 'availability', sqlType: 'varchar(16)', get: (c) => c.availability },
  { name: 'source', field: 'source', sqlType: 'varchar(60)', get: (c) => c.source },
  { name: 'marketing_consent', field: 'marketingConsent', sqlType: 'boolean', get: (c) => c.marketingConsent ?? false },
];

/** primary_skill follows skills (finalizeCandidate), so it is written whenever skills are. */
export function columnsForFields(fields: ReadonlySet<CandidateField>): CandidateColumn[] {
  return CANDIDATE_COLUMNS.filter((col) => fields.has(col.field) || (col.field === 'primarySkill' && fields.has('skills')));
}
