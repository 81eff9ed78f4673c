import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LIVE_EVENT_TYPES } from '../live-event';

/** What each `data:` line of GET /events/stream holds, per event type (ids and statuses only). */
export class ImportProgressEventData {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) importId!: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) status!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percent!: number;
}

export class SegmentationProgressEventData {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) runId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty({ type: 'string', nullable: true, maxLength: 20, description: 'The phase running (load, encode, select_k, train, assign, profile, write, activate); null once finished' }) phase!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percent!: number;
}

export class PublicationStatusEventData {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) publicationId!: string;
  @ApiProperty({ format: 'uuid', maxLength: 36 }) campaignId!: string;
  @ApiProperty({ enum: ['draft', 'queued', 'publishing', 'active', 'paused', 'completed', 'archived', 'failed'] }) status!: string;
  @ApiProperty({ description: 'The last attempt left an error on the publication (retrying, or failed): read it from the campaign' }) hasError!: boolean;
}

export class SyncFinishedEventData {
  @ApiProperty({ type: 'string', format: 'uuid', maxLength: 36, nullable: true, description: 'The campaign of a "Sync now"; null for a scheduled sync of a connection' }) campaignId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', maxLength: 36, nullable: true }) connectionId!: string | null;
  @ApiProperty() ok!: boolean;
}

export class ConnectionNeedsReauthEventData {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) connectionId!: string;
  @ApiProperty({ maxLength: 40, description: 'The platform kind' }) kind!: string;
}

export class NotificationCreatedEventData {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) notificationId!: string;
}

const DATA_MODELS = [
  ImportProgressEventData, SegmentationProgressEventData, PublicationStatusEventData, SyncFinishedEventData, ConnectionNeedsReauthEventData, NotificationCreatedEventData,
];

@ApiExtraModels(...DATA_MODELS)
export class LiveEventDto {
  @ApiProperty({ enum: [...LIVE_EVENT_TYPES, 'reset'], description: '`reset` (no id, no data): events may have been missed; refetch what you show' })
  type!: string;

  @ApiProperty({ required: false, oneOf: DATA_MODELS.map((model) => ({ $ref: getSchemaPath(model) })), description: 'By type: import.progress → ImportProgressEventData, segmentation.progress → SegmentationProgressEventData, publication.status → PublicationStatusEventData, sync.finished → SyncFinishedEventData, connection.needs_reauth → ConnectionNeedsReauthEventData, notification.created → NotificationCreatedEventData' })
  data?: unknown;

  @ApiProperty({ required: false, type: 'integer', minimum: 0, maximum: 8_640_000_000_000_000, description: 'When the event was published (ms since the epoch)' })
  at?: number;
}
