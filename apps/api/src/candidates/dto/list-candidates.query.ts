import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCountryCode, toUpperCode } from '../../common/iso';
import { PageQuery } from '../../common/pagination';
import { SEEKING_STATUSES } from '../candidate-enums';
import type { SeekingStatus } from '../candidate-enums';
import { CANDIDATE_SORTS, CandidateSort } from '../candidate-list.sql';
import { LIMITS } from '../validation/candidate-rules';

const toList = ({ value }: { value: unknown }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export class ListCandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Candidates in this segment' })
  @IsOptional() @IsUUID()
  segmentId?: string;

  @ApiPropertyOptional({ example: 'ES', description: 'ISO 3166-1 alpha-2' })
  @IsOptional() @Transform(toUpperCode) @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ type: [String], example: ['Java'], description: 'Has every listed skill (case-insensitive); repeat for several' })
  @IsOptional() @Transform(toList) @ArrayMaxSize(5) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(LIMITS.skill, { each: true })
  skill?: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: LIMITS.maxYears })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(LIMITS.maxYears)
  minExperience?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: LIMITS.maxYears })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(LIMITS.maxYears)
  maxExperience?: number;

  @ApiPropertyOptional({ enum: SEEKING_STATUSES, enumName: 'SeekingStatus' })
  @IsOptional() @IsIn(SEEKING_STATUSES)
  seekingStatus?: SeekingStatus;

  @ApiPropertyOptional({ minLength: 3, maxLength: 100, description: 'Text contained in the name, email or desired position' })
  @IsOptional() @IsString() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @MinLength(3) @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CANDIDATE_SORTS, default: '-createdAt', description: 'Sort key; a leading "-" sorts descending' })
  @IsOptional() @IsIn(CANDIDATE_SORTS)
  sort?: CandidateSort;
}
