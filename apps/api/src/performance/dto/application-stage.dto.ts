import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../common/validation';
import { STAGES, Stage } from '../applications/application-stages';
import { ApplicationDto } from './application.dto';

/** ISO 8601 with a time zone (Z or ±hh:mm) and a year from 1970 on. */
const EVENT_TIME = /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
export const MAX_DISPOSITIONS = 1000;

export class UpdateApplicationDto {
  @ApiPropertyOptional({ enum: STAGES, description: 'Move to this stage now; must be one of the application\'s allowedStages' })
  @OptionalNotNull() @IsIn(STAGES)
  stage?: Stage;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A note recorded with the stage change on the timeline' })
  @OptionalNotNull() @IsString() @MaxLength(2000)
  stageNote?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000, description: 'Free notes; null clears them' })
  @IsOptional() @IsString() @MaxLength(4000)
  notes?: string | null;
}

export class DispositionDto {
  @ApiProperty({ example: 'greenhouse-123456', description: 'The externalId the application was recorded with' })
  @IsString() @MinLength(1) @MaxLength(128)
  externalId: string;

  @ApiProperty({ enum: STAGES }) @IsIn(STAGES) stage: Stage;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T14:30:00Z', description: 'When the ATS recorded it (with a time zone); the newest event sets the stage' })
  @IsString() @Matches(EVENT_TIME, { message: 'must be an ISO 8601 date-time with a time zone, from 1970 on' }) @IsISO8601({ strict: true }, { message: 'must be a real date-time' })
  at: string;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class DispositionBatchDto {
  @ApiProperty({ type: [DispositionDto], minItems: 1, maxItems: MAX_DISPOSITIONS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_DISPOSITIONS) @ValidateNested({ each: true }) @Type(() => DispositionDto)
  items: DispositionDto[];
}

export const DISPOSITION_OUTCOMES = ['applied', 'stale', 'duplicate', 'not_found'] as const;
export type DispositionOutcome = (typeof DISPOSITION_OUTCOMES)[number];

export class DispositionResultDto {
  @ApiProperty() externalId: string;
  @ApiProperty({
    enum: DISPOSITION_OUTCOMES,
    description: 'applied: it is now the current stage; stale: recorded on the timeline, a newer event keeps the stage; duplicate: already recorded; not_found: no application with this externalId',
  })
  outcome: DispositionOutcome;
  @ApiProperty({ enum: STAGES, nullable: true, type: String, description: 'The application\'s stage after this item' }) stage: Stage | null;
}

export class DispositionResultsDto {
  @ApiProperty({ type: [DispositionResultDto], description: 'One result per item, in request order' }) results: DispositionResultDto[];
}

export class TimelineEntryDto {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['created', 'manual', 'ats'] }) source: 'created' | 'manual' | 'ats';
  @ApiProperty({ type: String, nullable: true }) actor: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ApplicationDetailDto extends ApplicationDto {
  @ApiProperty({ type: [TimelineEntryDto], description: 'Stage events, oldest first, starting with the application itself' }) timeline: TimelineEntryDto[];
}

export class StageCountDto {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ description: 'Applications currently at this stage' }) current: number;
  @ApiProperty({ description: 'Applications that reached this stage at some point (applied: all)' }) reached: number;
}

export class PipelineDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [StageCountDto] }) stages: StageCountDto[];
}
