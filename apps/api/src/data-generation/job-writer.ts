import type { PoolClient } from 'pg';
import type { GeneratedJob } from './synthetic-data.port';

/**
 * Inserts generated jobs straight into the jobs table (columns as in the jobs migration), in one
 * statement per batch. `externalRef` keys make a replay insert nothing twice (the jobs table has
 * a unique index on external_ref). Returns the ids of the jobs it created.
 */
export async function insertGeneratedJobs(client: Pick<PoolClient, 'query'>, jobs: Array<GeneratedJob & { externalRef: string }>): Promise<string[]> {
  if (jobs.length === 0) return [];
  const rows = jobs.map(({ job, status, createdAt, externalRef }) => ({
    title: job.title, description: job.description, short_description: job.shortDescription, company: job.company,
    department: job.department ?? null, city: job.city ?? null, region: job.region ?? null, country_code: job.countryCode,
    remote: job.remote, employment_type: job.employmentType, experience_level: job.experienceLevel, education_level: job.educationLevel ?? null,
    skills: job.skills ?? [], salary_min: job.salaryMin ?? null, salary_max: job.salaryMax ?? null, salary_currency: job.salaryCurrency ?? null,
    benefits: job.benefits ?? [], openings: job.openings ?? 1, application_url: job.applicationUrl ?? null, closing_date: job.closingDate ?? null,
    external_ref: externalRef, status, opened_at: status === 'open' ? createdAt.toISOString() : null, created_at: createdAt.toISOString(),
  }));
  const result = await client.query<{ id: string }>(
    `INSERT INTO jobs (title, description, short_description, company, department, city, region, country_code, remote, employment_type,
       experience_level, education_level, skills, salary_min, salary_max, salary_currency, benefits, openings, application_url, closing_date,
       external_ref, status, opened_at, created_at, updated_at)
     SELECT title, description, short_description, company, department, city, region, country_code, remote, employment_type,
       experience_level, education_level, skills, salary_min, salary_max, salary_currency, benefits, openings, application_url, closing_date,
       external_ref, status, opened_at, created_at, created_at
     FROM jsonb_to_recordset($1::jsonb) AS j(title text, description text, short_description text, company text, department text, city text,
       region text, country_code text, remote text, employment_type text, experience_level text, education_level text, skills text[],
       salary_min bigint, salary_max bigint, salary_currency text, benefits text[], openings int, application_url text, closing_date date,
       external_ref text, status text, opened_at timestamptz, created_at timestamptz)
     ON CONFLICT (external_ref) WHERE external_ref IS NOT NULL DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  return result.rows.map((r) => r.id);
}
