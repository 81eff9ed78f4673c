import { ApiProperty } from '@nestjs/swagger';

export class SyncQueuedDto {
  @ApiProperty({ description: 'Id of the job serving the request (poll GET /campaigns/{id}/sync for its result)' }) jobId: string;
}

export class SyncOutcomeDto {
  @ApiProperty({ description: 'Impressions the sync added (platforms revise recent days, so it can be negative)' }) impressions: number;
  @ApiProperty() clicks: number;
  @ApiProperty({ description: 'Spend added, integer minor units of the reporting currency' }) spendReportingMinor: number;
  @ApiProperty({ example: 'USD' }) currency: string;
}

export class SyncRequestStatusDto {
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the sync is queued or running' }) doneAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The platform's error when the sync gave up" }) error: string | null;
  @ApiProperty({ type: SyncOutcomeDto, nullable: true, description: 'What the sync added; null while pending or after an error' })
  outcome: SyncOutcomeDto | null;
}

export class PublicationSyncDto {
  @ApiProperty({ format: 'uuid' }) publicationId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When numbers were last stored for it' }) lastSyncedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Next scheduled sync; null when the schedule no longer covers it (not live, or stopped too long ago)' })
  nextSyncAt: string | null;
}

export class CampaignSyncStatusDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: SyncRequestStatusDto, nullable: true, description: 'The latest "Sync now"; null if never asked' }) request: SyncRequestStatusDto | null;
  @ApiProperty({ type: [PublicationSyncDto] }) publications: PublicationSyncDto[];
}
