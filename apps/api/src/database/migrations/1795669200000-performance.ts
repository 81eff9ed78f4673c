import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery metrics per publication and day (upserted: re-syncing a day replaces it), first-party
 * clicks and applications from the tracking redirect, a per-day-per-platform rollup that keeps
 * dashboard totals fast on millions of rows, and automation rules with their firings.
 * Money: spend in the account currency (minor units) plus the same amount in the reporting currency.
 */
export class Performance1795669200000 implements MigrationInterface {
  name = 'Performance1795669200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE publication_metrics_daily (
      publication_id uuid NOT NULL REFERENCES campaign_publications(id) ON DELETE CASCADE,
      date date NOT NULL,
      impressions bigint NOT NULL DEFAULT 0 CHECK (impressions >= 0),
      reach bigint NOT NULL DEFAULT 0 CHECK (reach >= 0),
      clicks bigint NOT NULL DEFAULT 0 CHECK (clicks >= 0),
      spend_minor bigint NOT NULL DEFAULT 0 CHECK (spend_minor >= 0),
      currency char(3) NOT NULL,
      spend_reporting_minor bigint NOT NULL DEFAULT 0,
      conversions integer NOT NULL DEFAULT 0,
      synced_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (publication_id, date)
    )`);
    await q.query(`CREATE INDEX publication_metrics_daily_date_idx ON publication_metrics_daily(date)`);

    await q.query(`CREATE TABLE tracking_clicks_daily (
      publication_id uuid NOT NULL REFERENCES campaign_publications(id) ON DELETE CASCADE,
      date date NOT NULL,
      clicks integer NOT NULL DEFAULT 0,
      PRIMARY KEY (publication_id, date)
    )`);

    await q.query(`CREATE TABLE applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      publication_id uuid REFERENCES campaign_publications(id) ON DELETE SET NULL,
      tracking_code varchar(32),
      candidate_email varchar(254),
      source varchar(64) NOT NULL,
      external_id varchar(128) UNIQUE,
      created_by varchar(254),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX applications_publication_idx ON applications(publication_id, created_at)`);
    await q.query(`CREATE INDEX applications_created_idx ON applications(created_at DESC, id DESC)`);

    await q.query(`CREATE TABLE metrics_daily_platform (
      date date NOT NULL,
      platform varchar(16) NOT NULL,
      impressions bigint NOT NULL,
      reach bigint NOT NULL,
      clicks bigint NOT NULL,
      spend_reporting_minor bigint NOT NULL,
      conversions bigint NOT NULL,
      publications integer NOT NULL,
      PRIMARY KEY (date, platform)
    )`);

    await q.query(`CREATE TABLE automation_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(120) NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      built_in varchar(32) UNIQUE,
      campaign_id uuid REFERENCES campaigns(id) ON DELETE CASCADE,
      metric varchar(32) NOT NULL,
      operator varchar(4) NOT NULL CHECK (operator IN ('gt','gte','lt','lte')),
      threshold double precision NOT NULL,
      window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 90),
      min_impressions integer NOT NULL DEFAULT 0,
      action varchar(16) NOT NULL CHECK (action IN ('pause','notify')),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE automation_rule_firings (
      id bigserial PRIMARY KEY,
      rule_id uuid NOT NULL REFERENCES automation_rules(id) ON DELETE CASCADE,
      campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      fired_on date NOT NULL,
      observed double precision,
      action varchar(16) NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (rule_id, campaign_id, fired_on)
    )`);
    await q.query(`INSERT INTO automation_rules (name, built_in, metric, operator, threshold, window_days, action)
      VALUES ('Pause when the total budget cap is reached', 'budget_cap', 'budget_used_share', 'gte', 1, 90, 'pause')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE automation_rule_firings, automation_rules, metrics_daily_platform, applications, tracking_clicks_daily, publication_metrics_daily`);
  }
}
