import { writeFileSync } from 'node:fs';

/** A candidates CSV of `rows` distinct, valid people (emails `<prefix>-<n>@example.com`). */
export function writeCandidateCsv(path: string, rows: number, prefix = 'c'): void {
  const lines = ['full_name,email,country_code,years_experience,skills'];
  for (let i = 1; i <= rows; i++) lines.push(`Person ${i},${prefix}-${i}@example.com,${i % 2 ? 'DE' : 'CO'},${i % 30},java;sql`);
  writeFileSync(path, lines.join('\n') + '\n');
}
