import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EDUCATION_LEVELS, EducationLevel, EMPLOYMENT_TYPES, EmploymentType } from '../../common/enums';
import { IsCountryCode, IsCurrencyCode, toUpperCode } from '../../common/iso';
import { EXPERIENCE_LEVELS, ExperienceLevel, REMOTE_MODES, RemoteMode } from '../job-enums';
import { trim } from '../../common/text';
import { IsOptionalNotNull, normalizeSkills, trimList } from './job-input';

/** Largest annual salary accepted, in whole currency units (room for IDR, VND, KRW). */
export const MAX_SALARY = 1_000_000_000_000;

/**
 * A new job (created as a draft). Location and salary are flat here and nested in JobDto, so a
 * PATCH can change one of their parts. Omitted optional fields default to null / [] / 1.
 * No property initializers: UpdateJobDto inherits them and a PATCH must not reset anything.
 */
export class CreateJobDto {
  @ApiProperty({ maxLength: 200, example: 'Senior Backend Engineer' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  title: string;

  @ApiProperty({ maxLength: 20000, description: 'Full description (plain text or Markdown)' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(20000)
  description: string;

  @ApiProperty({ maxLength: 150, description: 'Short text for ads' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(150)
  shortDescription: string;

  @ApiProperty({ maxLength: 200, example: 'Acme GmbH' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  company: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(120)
  department?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Berlin' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Berlin' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(120)
  region?: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'DE', minLength: 2, maxLength: 2 })
  @Transform(toUpperCode) @IsCountryCode()
  countryCode: string;

  @ApiProperty({ enum: REMOTE_MODES, description: 'Where the work happens' })
  @IsIn(REMOTE_MODES)
  remote: RemoteMode;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @ApiProperty({ enum: EXPERIENCE_LEVELS })
  @IsIn(EXPERIENCE_LEVELS)
  experienceLevel: ExperienceLevel;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, nullable: true, description: 'Minimum education' })
  @IsOptional() @IsIn(EDUCATION_LEVELS)
  educationLevel?: EducationLevel | null;

  @ApiPropertyOptional({ type: [String], maxItems: 50, description: 'Stored lowercase, without duplicates (each ≤ 60 chars)', example: ['typescript', 'postgresql'] })
  @IsOptionalNotNull() @Transform(normalizeSkills) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(60, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_SALARY, description: 'Annual pay, whole units of salaryCurrency' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_SALARY)
  salaryMin?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_SALARY, description: 'Annual pay, whole units; ≥ salaryMin' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_SALARY)
  salaryMax?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'ISO 4217; required with salaryMin/salaryMax', example: 'EUR' })
  @IsOptional() @Transform(toUpperCode) @IsCurrencyCode()
  salaryCurrency?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'Each ≤ 200 chars' })
  @IsOptionalNotNull() @Transform(trimList) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(200, { each: true })
  benefits?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, default: 1, description: 'Number of people to hire' })
  @IsOptionalNotNull() @IsInt() @Min(1) @Max(10000)
  openings?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2048, description: 'https only', example: 'https://careers.example.com/jobs/42' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2048)
  @IsUrl({ protocols: ['https'], require_protocol: true, require_valid_protocol: true }, { message: 'must be an https URL' })
  applicationUrl?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Last day to apply (YYYY-MM-DD); not in the past' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' }) @IsISO8601({ strict: true }, { message: 'must be a valid calendar date' })
  closingDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'Id in the ATS; unique when set' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100)
  externalRef?: string | null;
}
