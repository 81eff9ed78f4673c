import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DeliveryTotals } from './metrics.repository';

/** The campaign's latest "Sync now": pending while doneAt is null; then its error or what it added. */
export interface SyncRequestRow {
  requestedAt: Date;
  doneAt: Date | null;
  error: string | null;
  outcome: DeliveryTotals | null;
}

export interface PendingSyncRequest {
  campaignId: string;
  slot: string;
}

/** The metrics_sync_requests table: "Sync now" requests, kept until a sync job has served them. */
@Injectable()
export class SyncRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Saves the campaign's pending request for this slot (a request of an older slot is renewed; one
   * of the same minute stays as it is: that minute's sync serves both). False: no such campaign.
   */
  async request(campaignId: string, slot: string): Promise<boolean> {
    const [{ found }]: { found: boolean }[] = await this.db.query(
      `WITH c AS (SELECT id FROM campaigns WHERE id = $1),
            saved AS (INSERT INTO metrics_sync_requests (campaign_id, slot) SELECT id, $2 FROM c
                      ON CONFLICT (campaign_id) DO UPDATE SET slot = EXCLUDED.slot, requested_at = now(), done_at = NULL, last_error = NULL, outcome = NULL
                      WHERE metrics_sync_requests.slot <> EXCLUDED.slot RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM c) AS found`,
      [campaignId, slot],
    );
    return found;
  }

  /** The job of `slot` has run: its request (and any older one) is served; a newer request stays pending. */
  async finish(campaignId: string, slot: string, error: string | null = null, outcome: DeliveryTotals | null = null): Promise<void> {
    await this.db.query(
      `UPDATE metrics_sync_requests SET done_at = now(), last_error = $3, outcome = $4::jsonb WHERE campaign_id = $1 AND slot <= $2 AND done_at IS NULL`,
      [campaignId, slot, error === null ? null : error.slice(0, 1000), outcome === null ? null : JSON.stringify(outcome)],
    );
  }

  async latest(campaignId: string): Promise<SyncRequestRow | null> {
    const rows: SyncRequestRow[] = await this.db.query(
      `SELECT requested_at AS "requestedAt", done_at AS "doneAt", last_error AS error, outcome FROM metrics_sync_requests WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows[0] ?? null;
  }

  /** Requests still pending after `graceMs` (their request is still enqueueing its own job before that). */
  pending(graceMs: number, limit = 500): Promise<PendingSyncRequest[]> {
    return this.db.query(
      `SELECT campaign_id AS "campaignId", slot FROM metrics_sync_requests
        WHERE done_at IS NULL AND requested_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY requested_at LIMIT ${Math.trunc(limit)}`,
      [graceMs],
    );
  }
}
