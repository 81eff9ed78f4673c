import { CANDIDATE_RULES, CandidateField, FieldRule } from '../validation/candidate-rules';
import { CSV_COLUMNS, REQUIRED_COLUMNS } from './csv-columns';
import { synonymsOf } from './csv-synonyms';

/** What one CSV column accepts, in words (the template's help lines, the preview's column list). */
export interface ColumnHelp {
  name: string;
  required: boolean;
  /** The values an enumerated column accepts (synonyms are folded onto these); null for free columns. */
  allowedValues: string[] | null;
  description: string;
}

const rules = CANDIDATE_RULES as Record<CandidateField, FieldRule>;

/** Formats that the rules' Swagger metadata does not spell out. */
const FORMATS: Partial<Record<CandidateField, string>> = {
  skills: 'a list separated by ; or | (lower-cased, duplicates dropped); the first is the primary skill unless primary_skill says otherwise',
  languages: 'ISO 639-1 codes separated by ; or | (e.g. es;en)',
  marketingConsent: 'true/false, yes/no, y/n or 1/0',
  email: 'an email address; candidates are matched by it (existing ones are updated)',
  desiredSalary: 'annual gross pay as a whole number; without desired_salary_currency the import default currency applies',
};

function describe(field: CandidateField): string {
  const api = rules[field].api as { maxLength?: number; minimum?: number; maximum?: number; type?: unknown; description?: string; enum?: readonly string[] };
  const synonyms = synonymsOf(field).filter((s) => s.synonyms.length > 0);
  if (api.enum) {
    const also = synonyms.map((s) => `${s.synonyms.join('/')} → ${s.value}`).join('; ');
    return `one of ${api.enum.join(', ')} (case-insensitive${also ? `; also accepted: ${also}` : ''})`;
  }
  if (FORMATS[field]) return FORMATS[field]!;
  if (api.type === 'integer') return `a whole number from ${api.minimum} to ${api.maximum}`;
  if (api.description && api.maxLength) return `${api.description}; at most ${api.maxLength} characters`;
  return api.maxLength ? `text, at most ${api.maxLength} characters` : (api.description ?? 'text');
}

/** Every column the importer knows, in template order. */
export const COLUMN_HELP: readonly ColumnHelp[] = CSV_COLUMNS.map((c) => {
  const api = rules[c.field].api as { enum?: readonly string[] };
  return { name: c.name, required: REQUIRED_COLUMNS.includes(c.field), allowedValues: api.enum ? [...api.enum] : null, description: describe(c.field) };
});
