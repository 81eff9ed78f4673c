import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job openings. Salary: annual pay in whole units of salary_currency (a pay range shown to
 * candidates, not money AdFlux spends, so not minor units), bigint for currencies like IDR/VND.
 * Every list filter and sort key has an index; sort indexes end in id for keyset pagination and
 * use the same COALESCE expressions as the list query (NULL closing date sorts as infinity,
 * NULL salary as -1) so keyset comparisons never meet a NULL.
 */
export class Jobs1795668727316 implements MigrationInterface {
  name = 'Jobs1795668727316';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title varchar(200) NOT NULL,
      description text NOT NULL CHECK (char_length(description) <= 20000),
      short_description varchar(150) NOT NULL,
      company varchar(200) NOT NULL,
      department varchar(120),
      city varchar(120),
      region varchar(120),
      country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
      remote varchar(16) NOT NULL CHECK (remote IN ('onsite','hybrid','remote')),
      employment_type varchar(16) NOT NULL CHECK (employment_type IN ('full_time','part_time','contract','internship','temporary')),
      experience_level varchar(16) NOT NULL CHECK (experience_level IN ('entry','mid','senior','lead','executive')),
      education_level varchar(16) CHECK (education_level IN ('none','high_school','vocational','associate','bachelor','master','doctorate')),
      skills text[] NOT NULL DEFAULT '{}',
      salary_min bigint CHECK (salary_min >= 0),
      salary_max bigint CHECK (salary_max >= 0),
      salary_currency char(3) CHECK (salary_currency ~ '^[A-Z]{3}$'),
      benefits text[] NOT NULL DEFAULT '{}',
      openings integer NOT NULL DEFAULT 1 CHECK (openings >= 1),
      application_url varchar(2048) CHECK (application_url LIKE 'https://%'),
      closing_date date,
      external_ref varchar(100),
      status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','paused','closed','filled','archived')),
      opened_at timestamptz,
      closed_at timestamptz,
      archived_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT jobs_salary_range_chk CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
      CONSTRAINT jobs_salary_currency_chk CHECK ((salary_min IS NULL AND salary_max IS NULL) OR salary_currency IS NOT NULL)
    )`);
    // created_at has millisecond precision so a keyset cursor (a JS Date) matches it exactly.
    await q.query(`CREATE UNIQUE INDEX jobs_external_ref_key ON jobs(external_ref) WHERE external_ref IS NOT NULL`);
    await q.query(`CREATE INDEX jobs_status_idx ON jobs(status)`);
    await q.query(`CREATE INDEX jobs_country_idx ON jobs(country_code)`);
    await q.query(`CREATE INDEX jobs_employment_type_idx ON jobs(employment_type)`);
    await q.query(`CREATE INDEX jobs_experience_level_idx ON jobs(experience_level)`);
    await q.query(`CREATE INDEX jobs_skills_idx ON jobs USING gin(skills)`);
    await q.query(`CREATE INDEX jobs_search_trgm_idx ON jobs USING gin((title || ' ' || company || ' ' || description) gin_trgm_ops)`);
    await q.query(`CREATE INDEX jobs_created_at_id_idx ON jobs(created_at, id)`);
    await q.query(`CREATE INDEX jobs_title_id_idx ON jobs(title, id)`);
    await q.query(`CREATE INDEX jobs_closing_date_id_idx ON jobs((COALESCE(closing_date, 'infinity'::date)), id)`);
    await q.query(`CREATE INDEX jobs_salary_max_id_idx ON jobs((COALESCE(salary_max, -1)), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE jobs`);
  }
}
