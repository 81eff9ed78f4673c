import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { FormatQuery, PageQuery } from '../../common/pagination';
import { trim } from '../../common/text';
import { OptionalNotNull } from '../../common/validation';

export class UpdateSegmentDto {
  @ApiPropertyOptional({ maxLength: 120, example: 'Senior Java engineers in Colombia' })
  @OptionalNotNull() @Transform(trim) @IsString() @MinLength(1) @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @OptionalNotNull() @Transform(trim) @IsString() @MaxLength(1000)
  description?: string;
}

export class SegmentListQuery extends FormatQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Segments of this run instead of the active one' })
  @IsOptional() @IsUUID()
  runId?: string;
}

export class SegmentCandidatesQuery extends PageQuery {}
