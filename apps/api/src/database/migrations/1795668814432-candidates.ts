import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates and CSV imports.
 *
 * - Desired salary: annual pay in whole units of desired_salary_currency, like jobs.salary_* (a
 *   pay expectation, not money AdFlux spends); bigint for currencies such as IDR/VND.
 * - segment_id / segment_distance are written by segmentation (it adds the FK to its own table).
 * - Every list filter and sort key has an index; sort indexes end in id for keyset pagination and
 *   repeat the list query's expressions exactly (NULL experience sorts as -1). created_at and
 *   updated_at have millisecond precision so a keyset cursor (a JS Date) matches exactly.
 * - Skills filter is case-insensitive through an immutable lower-casing function (indexable).
 */
export class Candidates1795668814432 implements MigrationInterface {
  name = 'Candidates1795668814432';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE FUNCTION adflux_lower_array(text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT COALESCE(array_agg(lower(x)), '{}') FROM unnest($1) AS x $$`);
    await q.query(`CREATE TABLE candidates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      full_name varchar(200) NOT NULL,
      email varchar(254) NOT NULL CONSTRAINT candidates_email_key UNIQUE CHECK (email = lower(email)),
      phone varchar(32),
      city varchar(100),
      region varchar(100),
      country_code char(2) CHECK (country_code ~ '^[A-Z]{2}$'),
      years_experience smallint CHECK (years_experience BETWEEN 0 AND 70),
      education_level varchar(16) CHECK (education_level IN ('none','high_school','vocational','associate','bachelor','master','doctorate')),
      skills text[] NOT NULL DEFAULT '{}',
      primary_skill varchar(60),
      desired_salary bigint CHECK (desired_salary >= 0),
      desired_salary_currency char(3) CHECK (desired_salary_currency ~ '^[A-Z]{3}$'),
      desired_position varchar(200),
      seeking_status varchar(16) CHECK (seeking_status IN ('active','passive','not_looking')),
      preferred_employment_type varchar(16) CHECK (preferred_employment_type IN ('full_time','part_time','contract','internship','temporary')),
      languages text[] NOT NULL DEFAULT '{}',
      availability varchar(16) CHECK (availability IN ('immediate','two_weeks','one_month','three_months','not_available')),
      source varchar(60),
      marketing_consent boolean NOT NULL DEFAULT false,
      marketing_consent_at timestamptz(3),
      segment_id uuid,
      segment_distance real,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CONSTRAINT candidates_salary_currency_chk CHECK (desired_salary IS NULL OR desired_salary_currency IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX candidates_created_at_id_idx ON candidates(created_at, id)`);
    await q.query(`CREATE INDEX candidates_updated_at_id_idx ON candidates(updated_at, id)`);
    await q.query(`CREATE INDEX candidates_full_name_id_idx ON candidates(full_name, id)`);
    await q.query(`CREATE INDEX candidates_experience_id_idx ON candidates((COALESCE(years_experience, -1)), id)`);
    await q.query(`CREATE INDEX candidates_country_created_idx ON candidates(country_code, created_at, id)`);
    await q.query(`CREATE INDEX candidates_seeking_created_idx ON candidates(seeking_status, created_at, id)`);
    await q.query(`CREATE INDEX candidates_segment_created_idx ON candidates(segment_id, created_at, id)`);
    await q.query(`CREATE INDEX candidates_skills_idx ON candidates USING gin (adflux_lower_array(skills))`);
    await q.query(`CREATE INDEX candidates_search_trgm_idx ON candidates
      USING gin ((lower(full_name || ' ' || email || ' ' || COALESCE(desired_position, ''))) gin_trgm_ops)`);

    await q.query(`CREATE TABLE candidate_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
      file_name varchar(255) NOT NULL,
      file_path text NOT NULL,
      file_size bigint NOT NULL,
      columns text[],
      total_rows integer,
      rows_processed integer NOT NULL DEFAULT 0,
      created_count integer NOT NULL DEFAULT 0,
      updated_count integer NOT NULL DEFAULT 0,
      unchanged_count integer NOT NULL DEFAULT 0,
      rejected_count integer NOT NULL DEFAULT 0,
      error text,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX candidate_imports_created_at_id_idx ON candidate_imports(created_at, id)`);
    // One row per rejected CSV record; email (when readable) lets an erasure remove it too.
    await q.query(`CREATE TABLE candidate_import_rejections (
      import_id uuid NOT NULL REFERENCES candidate_imports(id) ON DELETE CASCADE,
      row_number integer NOT NULL,
      email varchar(254),
      errors jsonb NOT NULL,
      raw text NOT NULL,
      PRIMARY KEY (import_id, row_number)
    )`);
    await q.query(`CREATE INDEX candidate_import_rejections_email_idx ON candidate_import_rejections(email) WHERE email IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE candidate_import_rejections, candidate_imports, candidates`);
    await q.query(`DROP FUNCTION adflux_lower_array(text[])`);
  }
}
