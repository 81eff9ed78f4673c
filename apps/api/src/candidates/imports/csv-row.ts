import type { Demographics } from '@adflux/segmentation';
import type { FieldError } from '../../common/problem';
import type { CandidateField } from '../validation/candidate-rules';
import { CandidateInput, validateCandidate } from '../validation/validate-candidate';
import { auditValues, columnOfField, HeaderMap, REQUIRED_COLUMNS } from './csv-columns';
import { canonicalValue, hasSynonyms } from './csv-synonyms';

/** Per-import choices that change how rows are read. */
export interface RowOptions {
  /** Given to a row that has a desired salary and no currency. */
  defaultSalaryCurrency?: string | null;
}

export interface RowResult {
  /** The candidate to write; absent when the row is rejected. */
  input?: CandidateInput;
  /** Why the row is rejected (a required field, or the row as a whole). */
  errors: FieldError[];
  /** Optional values that were invalid and left out: the row is imported without them. */
  warnings: FieldError[];
  /** The email as the row gives it (lowercased), when there is one: erasure finds rejected rows by it. */
  email?: string;
  /** Self-declared audit-only values the row carries (stored apart; never segmentation features). */
  demographics?: Demographics;
}

const INTEGER = /^[+-]?\d+$/;
const TRUE = new Set(['true', 'yes', 'y', '1', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', 'f']);
const LIST_SEPARATOR = /[;|,]/;
const REQUIRED = new Set<string>(REQUIRED_COLUMNS);
/** A salary without its currency means nothing: leaving out one leaves out the other. */
const LEFT_OUT_TOGETHER: Partial<Record<string, CandidateField[]>> = { desiredSalaryCurrency: ['desiredSalary'], desiredSalary: ['desiredSalaryCurrency'] };
/** Each pass leaves out the fields the rules refused; cross-field rules can refuse one more pass. */
const MAX_PASSES = 3;

/** A CSV cell as the API would receive it; anything it cannot convert stays a string for the rules to refuse. */
function cellValue(field: CandidateField, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (hasSynonyms(field)) return canonicalValue(field, text);
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

/**
 * Validates one CSV record with the shared candidate rules. A bad required value (full_name,
 * email) rejects the row; a bad optional value is left out with a warning and the row is kept
 * (as if that cell were empty). Errors and warnings name CSV columns.
 */
export function readRow(fields: string[], header: HeaderMap, options: RowOptions = {}): RowResult {
  if (fields.length !== header.fieldsByIndex.length) {
    return { errors: [{ field: '(row)', message: `has ${fields.length} values but the header has ${header.fieldsByIndex.length} columns` }], warnings: [] };
  }
  const plain = rowObject(fields, header);
  if (plain.desiredSalary !== undefined && plain.desiredSalaryCurrency === undefined && options.defaultSalaryCurrency) {
    plain.desiredSalaryCurrency = options.defaultSalaryCurrency;
  }
  const email = typeof plain.email === 'string' ? plain.email.trim().toLowerCase().slice(0, 254) : undefined;
  const warnings: FieldError[] = [];
  let { value, errors } = validateCandidate(plain);
  for (let pass = 0; pass < MAX_PASSES && errors.length > 0 && errors.every((e) => !REQUIRED.has(e.field)); pass++) {
    for (const error of errors) warnings.push(leaveOut(plain, error, header));
    ({ value, errors } = validateCandidate(plain));
  }
  const named = (list: FieldError[]) => list.map((e) => ({ field: columnName(e.field, header), message: e.message }));
  if (errors.length) return { errors: named(errors), warnings: [], email };
  const demographics = readDemographics(fields, header, warnings);
  return { input: value, errors: [], warnings, email, ...(demographics ? { demographics } : {}) };
}

/** The audit-only cells; an unknown value is left out with a warning (never rejects the row). */
function readDemographics(fields: string[], header: HeaderMap, warnings: FieldError[]): Demographics | undefined {
  let out: Demographics | undefined;
  header.auditByIndex.forEach((audit, i) => {
    const text = fields[i]?.trim();
    if (!audit || !text) return;
    const allowed = auditValues(audit.attribute);
    const value = audit.attribute === 'ageBand' ? text.replace(/\s+/g, '') : text.toLowerCase().replace(/[\s-]+/g, '_');
    const known = allowed.find((v) => v === value || (audit.attribute === 'ageBand' && v === value.toLowerCase()));
    if (known) (out ??= {})[audit.attribute] = known;
    else warnings.push({ field: audit.column, message: `must be one of ${allowed.join(', ')}; imported without ${audit.column}` });
  });
  return out;
}

function rowObject(fields: string[], header: HeaderMap): Record<string, unknown> {
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
  return plain;
}

/** Removes a refused optional value (and what cannot stand without it); returns the warning. */
function leaveOut(plain: Record<string, unknown>, error: FieldError, header: HeaderMap): FieldError {
  const dropped = [error.field, ...(LEFT_OUT_TOGETHER[error.field] ?? [])].filter((f) => f === error.field || valueOf(plain, f) !== undefined);
  for (const field of dropped) {
    if (field.startsWith('location.')) delete (plain.location as Record<string, unknown> | undefined)?.[field.slice(9)];
    else delete plain[field];
  }
  const columns = dropped.map((f) => columnName(f, header)).join(' and ');
  return { field: columnName(error.field, header), message: `${error.message}; imported without ${columns}` };
}

function valueOf(plain: Record<string, unknown>, field: string): unknown {
  return field.startsWith('location.') ? (plain.location as Record<string, unknown> | undefined)?.[field.slice(9)] : plain[field];
}

/** The column an error belongs to, as the file names it (or the canonical name if the file lacks it). */
function columnName(field: string, header: HeaderMap): string {
  return header.nameOfField.get(field) ?? columnOfField(field as CandidateField);
}
