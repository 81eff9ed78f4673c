import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns, their publications (one per platform connection) and the timeline of every step.
 * A campaign has no status column: it is derived from its publications (campaign-status.ts).
 * Money in integer minor units + ISO currency. `external_ids` maps publishing step → platform id
 * and is written after every step, so a retry resumes after the last recorded step.
 */
export class Campaigns1795669100000 implements MigrationInterface {
  name = 'Campaigns1795669100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(200) NOT NULL,
      job_id uuid NOT NULL REFERENCES jobs(id),
      segment_ids uuid[] NOT NULL CHECK (cardinality(segment_ids) >= 1),
      objective varchar(16) NOT NULL CHECK (objective IN ('traffic','leads')),
      daily_budget_minor integer NOT NULL CHECK (daily_budget_minor > 0),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      total_budget_minor integer CHECK (total_budget_minor IS NULL OR total_budget_minor >= daily_budget_minor),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz CHECK (ends_at IS NULL OR ends_at > starts_at),
      creative jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX campaigns_created_at_id_idx ON campaigns(created_at, id)`);
    await q.query(`CREATE INDEX campaigns_job_idx ON campaigns(job_id)`);

    await q.query(`CREATE TABLE campaign_publications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      connection_id uuid NOT NULL REFERENCES platform_connections(id),
      platform varchar(16) NOT NULL CHECK (platform IN ('meta','google','sandbox')),
      status varchar(16) NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft','queued','publishing','active','paused','completed','archived','failed')),
      target_status varchar(16) NOT NULL DEFAULT 'active' CHECK (target_status IN ('active','paused','archived')),
      targeting jsonb NOT NULL,
      external_ids jsonb NOT NULL DEFAULT '{}',
      idempotency_key varchar(40) NOT NULL UNIQUE,
      tracking_code varchar(32) NOT NULL UNIQUE,
      publish_generation integer NOT NULL DEFAULT 0,
      status_generation integer NOT NULL DEFAULT 0,
      attempts integer NOT NULL DEFAULT 0,
      current_step varchar(32),
      last_error text,
      last_error_kind varchar(16),
      audience_size integer NOT NULL DEFAULT 0,
      queued_at timestamptz,
      published_at timestamptz,
      status_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT campaign_publications_connection_uq UNIQUE (campaign_id, connection_id)
    )`);
    await q.query(`CREATE INDEX campaign_publications_connection_idx ON campaign_publications(connection_id)`);
    // The reconciler scans rows still owed work; partial so the scan stays small.
    await q.query(`CREATE INDEX campaign_publications_unsettled_idx ON campaign_publications(updated_at)
      WHERE status IN ('queued','publishing') OR (status IN ('active','paused') AND status <> target_status)
        OR (status IN ('failed','completed') AND target_status = 'archived')`);

    await q.query(`CREATE TABLE campaign_events (
      id bigserial PRIMARY KEY,
      campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      publication_id uuid REFERENCES campaign_publications(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      type varchar(40) NOT NULL,
      level varchar(8) NOT NULL DEFAULT 'info' CHECK (level IN ('info','warn','error')),
      message text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}',
      actor_label varchar(254)
    )`);
    await q.query(`CREATE INDEX campaign_events_campaign_idx ON campaign_events(campaign_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_events, campaign_publications, campaigns`);
  }
}
