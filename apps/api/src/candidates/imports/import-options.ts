import { fieldProblem } from '../../common/problem';
import type { ImportOptions } from '../entities/candidate-import.entity';
import type { ImportOptionsDto } from '../dto/import-options.dto';
import { columnOfField, fieldOfColumn } from './csv-columns';

const MAX_COLUMNS = 500;

/**
 * The uploader's form fields as stored options. The mapping arrives as JSON text (multipart
 * fields are strings); each entry is a CSV column name (or alias) or null, and is stored under
 * its canonical name.
 */
export function importOptions(dto: ImportOptionsDto): ImportOptions {
  const options: ImportOptions = {};
  if (dto.defaultSalaryCurrency) options.defaultSalaryCurrency = dto.defaultSalaryCurrency;
  if (dto.mapping !== undefined && dto.mapping !== '') options.mapping = parseMapping(dto.mapping);
  return options;
}

function parseMapping(text: string): Array<string | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fieldProblem(400, 'mapping', 'must be a JSON array such as ["full_name","email",null]');
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_COLUMNS) {
    throw fieldProblem(400, 'mapping', `must be a JSON array of 1 to ${MAX_COLUMNS} entries, one per column of the file`);
  }
  return parsed.map((entry, i) => {
    if (entry === null || entry === '') return null;
    const field = typeof entry === 'string' ? fieldOfColumn(entry) : undefined;
    if (!field) throw fieldProblem(400, 'mapping', `entry ${i + 1} must be a column name from the import template or null (got ${JSON.stringify(entry).slice(0, 60)})`);
    return columnOfField(field);
  });
}
