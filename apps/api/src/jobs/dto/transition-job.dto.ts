import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { TRANSITION_TARGETS, TransitionTarget } from '../job-status';
import { trim } from '../../common/text';

export class TransitionJobDto {
  @ApiProperty({ enum: TRANSITION_TARGETS, description: 'draft→open; open→paused|closed|filled; paused→open|closed|filled' })
  @IsIn(TRANSITION_TARGETS)
  to: TransitionTarget;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the audit log and the event)' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(500)
  reason?: string;
}
