/**
 * Domain event of the metrics sync (@nestjs/event-emitter): a sync job ended (new delivery rows
 * committed, or it gave up). The events module relays it to browsers (SSE).
 */
export const METRICS_SYNC_FINISHED = 'metrics_sync.finished';

export interface MetricsSyncFinishedEvent {
  /** The campaign of a "Sync now" request; null for a scheduled per-connection sync. */
  campaignId: string | null;
  connectionId: string | null;
  ok: boolean;
}
