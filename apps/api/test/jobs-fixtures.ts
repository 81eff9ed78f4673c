import { DataSource } from 'typeorm';
import { clearTables } from './harness';

/** A date `days` from today (UTC), as the API expects closing dates. */
export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A valid create body; override any field. */
export function jobBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Senior Backend Engineer',
    description: 'Design and build the APIs behind our recruiting products.',
    shortDescription: 'Build APIs that help people find work.',
    company: 'Acme GmbH',
    department: 'Engineering',
    city: 'Berlin',
    region: 'Berlin',
    countryCode: 'DE',
    remote: 'hybrid',
    employmentType: 'full_time',
    experienceLevel: 'senior',
    educationLevel: 'bachelor',
    skills: ['TypeScript', 'PostgreSQL'],
    salaryMin: 60_000,
    salaryMax: 80_000,
    salaryCurrency: 'EUR',
    benefits: ['30 days of holiday'],
    openings: 2,
    applicationUrl: 'https://careers.acme.example/jobs/42',
    closingDate: inDays(30),
    ...overrides,
  };
}

export async function countRows(dataSource: DataSource, table: 'jobs' | 'audit_log', where = 'true'): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`);
  return count;
}

/** Puts a job straight into a status (fixtures for transition tests), bypassing the lifecycle. */
export async function forceStatus(dataSource: DataSource, id: string, status: string): Promise<void> {
  await dataSource.query(`UPDATE jobs SET status = $2 WHERE id = $1`, [id, status]);
}

/** Between tests: forget jobs and audit rows, keep users and sessions (logging in is slow on purpose). */
export async function clearJobs(dataSource: DataSource): Promise<void> {
  await clearTables(dataSource, ['jobs', 'audit_log']);
}
