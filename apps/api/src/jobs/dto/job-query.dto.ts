import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EMPLOYMENT_TYPES, EmploymentType } from '../../common/enums';
import { IsCountryCode, toUpperCode } from '../../common/iso';
import { PageOf, PageQuery } from '../../common/pagination';
import { EXPERIENCE_LEVELS, ExperienceLevel } from '../job-enums';
import { JOB_STATUSES, JobStatus } from '../job-status';
import { normalizeSkill, trim } from '../../common/text';
import { JobDto } from './job.dto';

/** Sort keys (prefix `-` for descending); ties are broken by id. */
export const JOB_SORTS = ['createdAt', '-createdAt', 'title', '-title', 'closingDate', '-closingDate', 'salaryMax', '-salaryMax'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

export class JobListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: JOB_STATUSES, description: 'Without it, every status but archived' })
  @IsOptional() @IsIn(JOB_STATUSES)
  status?: JobStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 country code', example: 'DE' })
  @IsOptional() @Transform(toUpperCode) @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES })
  @IsOptional() @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ enum: EXPERIENCE_LEVELS })
  @IsOptional() @IsIn(EXPERIENCE_LEVELS)
  experienceLevel?: ExperienceLevel;

  @ApiPropertyOptional({ description: 'Jobs requiring this skill (case-insensitive)', example: 'typescript' })
  @IsOptional() @Transform(({ value }) => normalizeSkill(value)) @IsString() @MinLength(1) @MaxLength(60)
  skill?: string;

  @ApiPropertyOptional({ description: 'Text search in title, company and description (case-insensitive substring)', maxLength: 200 })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: JOB_SORTS, default: '-createdAt' })
  @IsOptional() @IsIn(JOB_SORTS)
  sort?: JobSort;
}

export class JobPageDto extends PageOf(JobDto) {}
