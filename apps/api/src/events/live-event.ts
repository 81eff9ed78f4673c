import type { Role } from '../common/roles';
import type {
  ConnectionNeedsReauthEventData, ImportProgressEventData, NotificationCreatedEventData, PublicationStatusEventData, SegmentationProgressEventData, SyncFinishedEventData,
} from './dto/live-event.dto';

/**
 * What the live stream (GET /api/events/stream) carries. Each event names what changed (ids and a
 * status), never the data itself: a browser refetches what it shows through the ordinary,
 * access-checked endpoints. `notification.created` is for the notifications module. The shapes are
 * the contract's (dto/live-event.dto.ts): a new type adds its data class there and a line here.
 */
export interface LiveEventData {
  'import.progress': ImportProgressEventData;
  'segmentation.progress': SegmentationProgressEventData;
  'publication.status': PublicationStatusEventData;
  'sync.finished': SyncFinishedEventData;
  'connection.needs_reauth': ConnectionNeedsReauthEventData;
  'notification.created': NotificationCreatedEventData;
}

export type LiveEventType = keyof LiveEventData;
export const LIVE_EVENT_TYPES = [
  'import.progress', 'segmentation.progress', 'publication.status', 'sync.finished', 'connection.needs_reauth', 'notification.created',
] as const satisfies readonly LiveEventType[];

/** An event to publish; a notification names the one user who may see it. */
export type LiveEvent = {
  [K in LiveEventType]: K extends 'notification.created' ? { type: K; data: LiveEventData[K]; userId: string } : { type: K; data: LiveEventData[K] };
}[LiveEventType];

/** Who may receive an event: a role list, one user, or (both null) every signed-in caller. */
export interface Audience {
  roles: Role[] | null;
  userId: string | null;
}

/** As stored in Redis and relayed between processes. `at`: publish time (ms since epoch). */
export interface LiveEnvelope extends Audience {
  type: LiveEventType;
  data: unknown;
  at: number;
}

/** An envelope with the id the Redis stream gave it (the SSE `id:`). */
export interface StoredEvent {
  id: string;
  envelope: LiveEnvelope;
}

/** Events only some roles may see: platform connections are admin settings. */
const ROLES_OF: Partial<Record<LiveEventType, Role[]>> = { 'connection.needs_reauth': ['admin'] };

export function toEnvelope(event: LiveEvent, now = Date.now()): LiveEnvelope {
  return {
    type: event.type,
    data: event.data,
    at: now,
    roles: ROLES_OF[event.type] ?? null,
    userId: 'userId' in event ? event.userId : null,
  };
}

/** The caller as far as filtering goes: a person (session) has a user id, a token does not. */
export interface Viewer {
  role: Role;
  userId: string | null;
}

export function visibleTo(envelope: Audience, viewer: Viewer): boolean {
  if (envelope.userId !== null) return viewer.userId === envelope.userId;
  return envelope.roles === null || envelope.roles.includes(viewer.role);
}

/** Stream ids `<ms>-<seq>`: compares two (negative: a is older). */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}

/** A Redis stream id as the SSE `id:` carries it. */
export const STREAM_ID_PATTERN = /^\d{1,20}-\d{1,20}$/;
export const isStreamId = (value: unknown): value is string => typeof value === 'string' && STREAM_ID_PATTERN.test(value);
