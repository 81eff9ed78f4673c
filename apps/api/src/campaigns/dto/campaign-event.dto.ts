import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';
import type { CampaignEvent } from '../entities/campaign-event.entity';

export class CampaignEventDto {
  @ApiProperty({ description: 'Increasing event number' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The publication the event is about, if any' }) publicationId: string | null;
  @ApiProperty({ example: 'step_completed', description: 'created, updated, publish_requested, publish_attempt, step_completed, retry_scheduled, published, publish_failed, pause_requested, auto_paused, publication_paused, …' })
  type: string;
  @ApiProperty({ enum: ['info', 'warn', 'error'] }) level: 'info' | 'warn' | 'error';
  @ApiProperty() message: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: 'Who asked (null for the system)' }) actor: string | null;

  static from(this: void, e: CampaignEvent): CampaignEventDto {
    return { id: String(e.id), at: e.at.toISOString(), publicationId: e.publicationId, type: e.type, level: e.level, message: e.message, details: e.details, actor: e.actorLabel };
  }
}

export class CampaignEventPageDto extends PageOf(CampaignEventDto) {}
