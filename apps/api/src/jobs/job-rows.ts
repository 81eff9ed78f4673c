import { getMetadataArgsStorage } from 'typeorm';
import { Job } from './entities/job.entity';

/** An entity property of Job and the column it is stored in. */
interface JobColumn {
  property: keyof Job;
  column: string;
}

/**
 * Every column of the jobs table, read from the Job entity's own decorators: bulk inserts list
 * these instead of restating them, so a column added to the entity is written by every path.
 */
export const JOB_COLUMNS: readonly JobColumn[] = getMetadataArgsStorage()
  .columns.filter((c) => c.target === Job)
  .map((c) => ({ property: c.propertyName as keyof Job, column: c.options.name ?? c.propertyName }));

/**
 * A job as a row keyed by column name (JSON-ready: dates as ISO strings). Properties left
 * undefined (id, timestamps the database fills) are omitted so their column default applies.
 */
export function toJobRow(job: Partial<Job>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const { property, column } of JOB_COLUMNS) {
    const value = job[property];
    if (value !== undefined) row[column] = value instanceof Date ? value.toISOString() : value;
  }
  return row;
}
