import type { PlatformKind } from '../ads-platform.port';

/**
 * Domain events about platform connections (@nestjs/event-emitter, emitted after commit).
 * Campaigns may listen to stop queued work for a connection that can no longer publish.
 */
export const CONNECTION_NEEDS_REAUTH = 'platform_connection.needs_reauth';
export const CONNECTION_ARCHIVED = 'platform_connection.archived';

export interface ConnectionEvent {
  connectionId: string;
  kind: PlatformKind;
  /** Redacted reason (needs_reauth only). */
  detail?: string;
}
