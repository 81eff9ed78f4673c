import { InvalidArgumentError } from 'commander';

/** Where commands write: one line at a time (stdout in the CLI, an array in tests). */
export type Print = (line: string) => void;

/** Rows as aligned columns, or one JSON document with --json (for scripts). */
export function printRows(print: Print, rows: ReadonlyArray<object>, json = false): void {
  if (json) return print(JSON.stringify(rows, null, 2));
  if (rows.length === 0) return print('(none)');
  const keys = Object.keys(rows[0]!);
  const cell = (r: object, k: string) => {
    const value = (r as Record<string, unknown>)[k];
    return value === null || value === undefined ? '—' : Array.isArray(value) ? value.join(',') : String(value);
  };
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r, k).length)));
  print(keys.map((k, i) => k.padEnd(width[i]!)).join('  ').trimEnd());
  for (const r of rows) print(keys.map((k, i) => cell(r, k).padEnd(width[i]!)).join('  ').trimEnd());
}

/** A commander argument parser for whole numbers ≥ `min`. */
export const wholeNumber = (min = 1) => (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`must be a whole number of ${min} or more`);
  return Number(value);
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A commander argument parser for ids (uuid), like the API's `@IdParam()`. */
export const uuidArg = (value: string): string => {
  if (!UUID.test(value)) throw new InvalidArgumentError('must be a UUID');
  return value;
};
