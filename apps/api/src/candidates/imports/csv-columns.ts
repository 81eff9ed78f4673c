import type { FieldError } from '../../common/problem';
import type { CandidateField } from '../validation/candidate-rules';
import { CandidateInput, validateCandidate } from '../validation/validate-candidate';
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

const REQUIRED: CandidateField[] = ['fullName', 'email'];
const squash = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_KEY = new Map(CSV_COLUMNS.flatMap((c) => [c.name, c.field, ...(c.aliases ?? [])].map((n) => [squash(n), c] as const)));

/** What the header says: the field of each column (null = ignored) and the name to report errors under. */
export interface HeaderMap {
  fieldsByIndex: Array<CandidateField | null>;
  nameOfField: Map<string, string>;
  fields: ReadonlySet<CandidateField>;
}

/**
 * Reads the header row. Columns starting with "_" are ignored (so a corrected rejected-rows
 * file, which adds _row and _errors, can be uploaded again). Anything else unknown, a missing
 * required column or a repeated one makes the whole file malformed.
 */
export function readHeader(header: string[]): HeaderMap {
  const fieldsByIndex: Array<CandidateField | null> = [];
  const nameOfField = new Map<string, string>();
  const unknown: string[] = [];
  for (const raw of header) {
    const name = raw.trim();
    if (name.startsWith('_')) {
      fieldsByIndex.push(null);
      continue;
    }
    const column = BY_KEY.get(squash(name));
    if (!column) unknown.push(name);
    else if (nameOfField.has(column.field)) throw new MalformedFileError(`The column "${name}" appears twice in the header (as "${nameOfField.get(column.field)}" and "${name}").`);
    else nameOfField.set(column.field, name);
    fieldsByIndex.push(column?.field ?? null);
  }
  const known = CSV_COLUMNS.map((c) => c.name).join(', ');
  if (nameOfField.size === 0) {
    throw new MalformedFileError(`The first row must be a header naming the columns (at least full_name and email). Known columns: ${known}.`);
  }
  if (unknown.length) throw new MalformedFileError(`Unknown column${unknown.length > 1 ? 's' : ''} in the header: ${unknown.map((u) => `"${u}"`).join(', ')}. Known columns: ${known}.`);
  const missing = REQUIRED.filter((f) => !nameOfField.has(f)).map((f) => CSV_COLUMNS.find((c) => c.field === f)!.name);
  if (missing.length) throw new MalformedFileError(`The header has no ${missing.join(' or ')} column; every file needs full_name and email.`);
  return { fieldsByIndex, nameOfField, fields: new Set(nameOfField.keys() as Iterable<CandidateField>) };
}

const INTEGER = /^[+-]?\d+$/;
const TRUE = new Set(['true', 'yes', 'y', '1', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', 'f']);
const LIST_SEPARATOR = /[;|,]/;

/** A CSV cell as the API would receive it; anything it cannot convert stays a string for the rules to refuse. */
function cellValue(field: CandidateField, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  switch (field) {
    case 'yearsExperience':
    case 'desiredSalary':
      return INTEGER.test(text) ? Number(text) : text;
    case 'marketingConsent': {
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    }
    case 'skills':
    case 'languages':
      return text.split(LIST_SEPARATOR);
    default:
      return text;
  }
}

export interface RowResult {
  input?: CandidateInput;
  errors: FieldError[];
  /** The email as the row gives it (lowercased), when there is one: erasure finds rejected rows by it. */
  email?: string;
}

/** Validates one CSV record with the shared candidate rules; errors name CSV columns. */
export function readRow(fields: string[], header: HeaderMap): RowResult {
  if (fields.length !== header.fieldsByIndex.length) {
    return { errors: [{ field: '(row)', message: `has ${fields.length} values but the header has ${header.fieldsByIndex.length} columns` }] };
  }
  const plain: Record<string, unknown> = {};
  let location: Record<string, unknown> | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = header.fieldsByIndex[i];
    if (field === null) continue;
    const value = cellValue(field, fields[i]);
    if (value === undefined) continue;
    if (field.startsWith('location.')) (location ??= {})[field.slice(9)] = value;
    else plain[field] = value;
  }
  if (location) plain.location = location;
  const { value, errors } = validateCandidate(plain);
  const email = typeof plain.email === 'string' ? plain.email.trim().toLowerCase().slice(0, 254) : undefined;
  if (errors.length) return { errors: errors.map((e) => ({ field: columnName(e.field, header), message: e.message })), email };
  return { input: value, errors, email };
}

/** The column an error belongs to, as the file names it (or the canonical name if the file lacks it). */
function columnName(field: string, header: HeaderMap): string {
  return header.nameOfField.get(field) ?? CSV_COLUMNS.find((c) => c.field === field)?.name ?? field;
}
