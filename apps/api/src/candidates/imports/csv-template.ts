import { COLUMN_HELP } from './csv-column-help';
import { CSV_COLUMNS } from './csv-columns';
import { toCsvLine } from './csv-parser';

/** One example candidate, by CSV column name; every value passes the rules (a test imports the template). */
const EXAMPLE: Record<string, string> = {
  full_name: 'Ana María Gómez',
  email: 'ana.gomez@example.com',
  phone: '+57 300 123 4567',
  city: 'Medellín',
  region: 'Antioquia',
  country_code: 'CO',
  years_experience: '6',
  education_level: 'bachelor',
  skills: 'java;spring;sql',
  primary_skill: 'java',
  desired_salary: '60000',
  desired_salary_currency: 'USD',
  desired_position: 'Backend Engineer',
  seeking_status: 'open to offers',
  preferred_employment_type: 'full-time',
  languages: 'es;en',
  availability: 'two_weeks',
  source: 'referral',
  marketing_consent: 'yes',
};

/**
 * The downloadable import template: the header, one help line per column (rows whose first cell
 * starts with "#" are skipped by the importer) and an example row to overwrite.
 */
export function importTemplateCsv(): string {
  const lines = [toCsvLine(CSV_COLUMNS.map((c) => c.name))];
  for (const help of COLUMN_HELP) lines.push(toCsvLine([`# ${help.name} (${help.required ? 'required' : 'optional'}): ${help.description}`]));
  lines.push(toCsvLine(CSV_COLUMNS.map((c) => EXAMPLE[c.name] ?? '')));
  return `${lines.join('\r\n')}\r\n`;
}
