import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { STAGES, Stage } from '../applications/application-stages';

export class CreateApplicationDto {
  @ApiPropertyOptional({ description: 'The adflux_tc parameter the tracking redirect added to the job URL', example: 'k3J9x_aQ2mZp' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{6,32}$/, { message: 'must be a tracking code from an AdFlux link' })
  trackingCode?: string;

  @ApiPropertyOptional({ example: 'ana@example.com', description: 'Links the application to the candidate with this e-mail, when there is one' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254)
  candidateEmail?: string;

  @ApiProperty({ example: 'careers-site', description: 'Where the application came from (ATS name, careers site…)' })
  @IsString() @MinLength(1) @MaxLength(64)
  source: string;

  @ApiPropertyOptional({ description: 'Your id for this application; sending it again does not count twice. Dispositions refer to it.', example: 'greenhouse-123456' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(128)
  externalId?: string;
}

/** When the application first reached each stage (null: not reached). */
export class StageTimesDto {
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) screening: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) interview: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) offer: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) hired: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) rejected: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) withdrawn: string | null;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) publicationId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) campaignId: string | null;
  @ApiProperty({ type: String, nullable: true }) campaignName: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) jobId: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The candidate record with the same e-mail, when there is one' }) candidateId: string | null;
  @ApiProperty({ type: String, nullable: true }) platform: string | null;
  @ApiProperty({ type: String, nullable: true }) trackingCode: string | null;
  @ApiProperty({ type: String, nullable: true }) candidateEmail: string | null;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ format: 'date-time', description: 'Time of the stage event that set the current stage (the creation time until there is one)' }) stageAt: string;
  @ApiProperty({ type: StageTimesDto }) reachedAt: StageTimesDto;
  @ApiProperty({ enum: STAGES, isArray: true, description: 'Stages a recruiter may move it to now' }) allowedStages: Stage[];
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ApplicationPageDto extends PageOf(ApplicationDto) {}

/** Filters shared by the list and the pipeline counts. */
export class ApplicationFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() jobId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Applications from campaigns targeting this segment' }) @IsOptional() @IsUUID() segmentId?: string;
  @ApiPropertyOptional({ example: 'meta', maxLength: 16 }) @IsOptional() @IsString() @Matches(/^[a-z_]{1,16}$/, { message: 'must be a platform kind' }) platform?: string;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: Stage;
}

export class ApplicationQuery extends IntersectionType(PageQuery, ApplicationFilterQuery) {}
