import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recruiter's "Sync now" is saved before its job is enqueued, so a job lost with Redis (or never
 * added while Redis was away) is enqueued again by the metrics reconciler. One row per campaign:
 * a newer request replaces an older pending one (a sync covers the whole trailing window anyway).
 */
export class MetricsSyncRequests1795690000000 implements MigrationInterface {
  name = 'MetricsSyncRequests1795690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE metrics_sync_requests (
      campaign_id uuid PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
      slot varchar(16) NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      done_at timestamptz,
      last_error varchar(1000)
    )`);
    await q.query(`CREATE INDEX metrics_sync_requests_pending_idx ON metrics_sync_requests (requested_at) WHERE done_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE metrics_sync_requests`);
  }
}
