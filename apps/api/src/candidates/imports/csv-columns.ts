import { ATTRIBUTE_GROUPS, PREFER_NOT_TO_SAY, type AuditedAttribute } from '@adflux/segmentation';
import { CandidateField, REQUIRED_ON_CREATE } from '../validation/candidate-rules';
import { MalformedFileError } from './malformed-file.error';

/** CSV column names (snake_case; case, spaces and punctuation are ignored when matching). */
export const CSV_COLUMNS: ReadonlyArray<{ name: string; field: CandidateField; aliases?: string[] }> = [
  { name: 'full_name', field: 'fullName', aliases: ['name'] },
  { name: 'email', field: 'email', aliases: ['email_address'] },
  { name: 'phone', field: 'phone', aliases: ['phone_number'] },
  { name: 'city', field: 'location.city' },
  { name: 'region', field: 'location.region', aliases: ['state', 'province'] },
  { name: 'country_code', field: 'location.countryCode', aliases: ['country'] },
  { name: 'years_experience', field: 'yearsExperience', aliases: ['years_of_experience', 'experience_years'] },
  { name: 'education_level', field: 'educationLevel', aliases: ['education'] },
  { name: 'skills', field: 'skills' },
  { name: 'primary_skill', field: 'primarySkill' },
  { name: 'desired_salary', field: 'desiredSalary', aliases: ['salary'] },
  { name: 'desired_salary_currency', field: 'desiredSalaryCurrency', aliases: ['salary_currency', 'currency'] },
  { name: 'desired_position', field: 'desiredPosition', aliases: ['position'] },
  { name: 'seeking_status', field: 'seekingStatus', aliases: ['job_seeking_status'] },
  { name: 'preferred_employment_type', field: 'preferredEmploymentType', aliases: ['employment_type'] },
  { name: 'languages', field: 'languages' },
  { name: 'availability', field: 'availability' },
  { name: 'source', field: 'source' },
  { name: 'marketing_consent', field: 'marketingConsent', aliases: ['consent'] },
];

/**
 * Optional self-declared, audit-only columns (segment fairness audit): stored apart from the
 * candidate, never segmentation features, readable only by admins.
 */
export const AUDIT_COLUMNS: ReadonlyArray<{ name: string; attribute: AuditedAttribute; aliases?: string[] }> = [
  { name: 'age_band', attribute: 'ageBand', aliases: ['age_range'] },
  { name: 'gender', attribute: 'gender' },
  { name: 'disability', attribute: 'disability', aliases: ['disability_status'] },
  { name: 'veteran', attribute: 'veteran', aliases: ['veteran_status'] },
];
/** The values an audit column accepts (any case; spaces and hyphens read as underscores, except in age bands). */
export const auditValues = (attribute: AuditedAttribute): string[] => [...ATTRIBUTE_GROUPS[attribute], PREFER_NOT_TO_SAY];

export const REQUIRED_COLUMNS: readonly CandidateField[] = [...REQUIRED_ON_CREATE];
const squash = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_KEY = new Map(CSV_COLUMNS.flatMap((c) => [c.name, c.field, ...(c.aliases ?? [])].map((n) => [squash(n), c] as const)));
const AUDIT_BY_KEY = new Map(AUDIT_COLUMNS.flatMap((c) => [c.name, c.attribute, ...(c.aliases ?? [])].map((n) => [squash(n), c] as const)));
const auditColumnOf = (name: string) => AUDIT_BY_KEY.get(squash(name));

/**
 * A column mapping chosen by the user (after a preview): the CSV column name each column of the
 * file feeds, by position, or null to ignore the column.
 */
export type ColumnMapping = ReadonlyArray<string | null>;

/** The field a column name or alias stands for (case, spaces and punctuation ignored). */
export const fieldOfColumn = (name: string): CandidateField | undefined => BY_KEY.get(squash(name))?.field;

/** The canonical CSV name of a field (what errors and mappings use). */
export const columnOfField = (field: CandidateField): string => CSV_COLUMNS.find((c) => c.field === field)?.name ?? field;

/** A spreadsheet comment row (first cell starting with "#"), as the template's help lines are: skipped. */
export const isCommentRecord = (fields: readonly string[]): boolean => fields.length > 0 && fields[0].trimStart().startsWith('#');

/** What the header says: the field of each column (null = ignored) and the name to report errors under. */
export interface HeaderMap {
  fieldsByIndex: Array<CandidateField | null>;
  nameOfField: Map<string, string>;
  fields: ReadonlySet<CandidateField>;
  /** Audit-only columns by index (null elsewhere), and the name each is reported under. */
  auditByIndex: Array<{ attribute: AuditedAttribute; column: string } | null>;
}

/**
 * Reads the header row. Columns starting with "_" are ignored (so a corrected rejected-rows
 * file, which adds _row and _errors, can be uploaded again). Anything else unknown, a missing
 * required column or a repeated one makes the whole file malformed.
 */
export function readHeader(header: string[], mapping?: ColumnMapping): HeaderMap {
  if (mapping) return mappedHeader(header, mapping);
  const fieldsByIndex: Array<CandidateField | null> = [];
  const nameOfField = new Map<string, string>();
  const unknown: string[] = [];
  const auditByIndex = header.map((raw) => {
    const audit = raw.trim().startsWith('_') ? undefined : auditColumnOf(raw);
    return audit ? { attribute: audit.attribute, column: raw.trim() } : null;
  });
  assertOnce(auditByIndex);
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    if (name.startsWith('_') || auditByIndex[i]) {
      fieldsByIndex.push(null);
      continue;
    }
    const column = BY_KEY.get(squash(name));
    if (!column) unknown.push(name);
    else if (nameOfField.has(column.field)) throw new MalformedFileError(`The column "${name}" appears twice in the header (as "${nameOfField.get(column.field)}" and "${name}").`);
    else nameOfField.set(column.field, name);
    fieldsByIndex.push(column?.field ?? null);
  }
  const known = [...CSV_COLUMNS, ...AUDIT_COLUMNS].map((c) => c.name).join(', ');
  if (nameOfField.size === 0) {
    throw new MalformedFileError(`The first row must be a header naming the columns (at least full_name and email). Known columns: ${known}.`);
  }
  if (unknown.length) throw new MalformedFileError(`Unknown column${unknown.length > 1 ? 's' : ''} in the header: ${unknown.map((u) => `"${u}"`).join(', ')}. Known columns: ${known}.`);
  const missing = REQUIRED_COLUMNS.filter((f) => !nameOfField.has(f)).map(columnOfField);
  if (missing.length) throw new MalformedFileError(`The header has no ${missing.join(' or ')} column; every file needs full_name and email.`);
  return { fieldsByIndex, nameOfField, fields: new Set(nameOfField.keys() as Iterable<CandidateField>), auditByIndex };
}

/** The file's guess for each column (null = unknown, ignored), as the preview proposes it. */
export function guessMapping(header: readonly string[]): Array<string | null> {
  const taken = new Set<CandidateField>();
  return header.map((raw) => {
    const audit = raw.trim().startsWith('_') ? undefined : auditColumnOf(raw);
    if (audit) return audit.name;
    const field = raw.trim().startsWith('_') ? undefined : fieldOfColumn(raw);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return columnOfField(field);
  });
}

/** A header read through the user's mapping: unknown columns are allowed (mapped to null). */
function mappedHeader(header: readonly string[], mapping: ColumnMapping): HeaderMap {
  if (mapping.length !== header.length) {
    throw new MalformedFileError(`The column mapping has ${mapping.length} entries but the file has ${header.length} columns; preview the file again.`);
  }
  const fieldsByIndex: Array<CandidateField | null> = [];
  const nameOfField = new Map<string, string>();
  const auditByIndex = mapping.map((target, i) => {
    const audit = target === null ? undefined : auditColumnOf(target);
    return audit ? { attribute: audit.attribute, column: header[i].trim() || audit.name } : null;
  });
  assertOnce(auditByIndex);
  mapping.forEach((target, i) => {
    if (auditByIndex[i]) return void fieldsByIndex.push(null);
    const field = target === null ? undefined : fieldOfColumn(target);
    if (target !== null && !field) throw new MalformedFileError(`The column mapping names an unknown column "${target}".`);
    if (field && nameOfField.has(field)) throw new MalformedFileError(`The column mapping sends two columns to ${columnOfField(field)}.`);
    if (field) nameOfField.set(field, header[i].trim() || columnOfField(field));
    fieldsByIndex.push(field ?? null);
  });
  const missing = REQUIRED_COLUMNS.filter((f) => !nameOfField.has(f)).map(columnOfField);
  if (missing.length) throw new MalformedFileError(`The column mapping sends no column to ${missing.join(' or ')}; every import needs full_name and email.`);
  return { fieldsByIndex, nameOfField, fields: new Set(nameOfField.keys() as Iterable<CandidateField>), auditByIndex };
}

function assertOnce(audit: HeaderMap['auditByIndex']): void {
  const seen = new Map<string, string>();
  for (const a of audit) {
    if (!a) continue;
    if (seen.has(a.attribute)) throw new MalformedFileError(`The column "${a.column}" appears twice in the header (as "${seen.get(a.attribute)}" and "${a.column}").`);
    seen.set(a.attribute, a.column);
  }
}
