import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';

export class CreateApplicationDto {
  @ApiPropertyOptional({ description: 'The adflux_tc parameter the tracking redirect added to the job URL', example: 'k3J9x_aQ2mZp' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{6,32}$/, { message: 'must be a tracking code from an AdFlux link' })
  trackingCode?: string;

  @ApiPropertyOptional({ example: 'ana@example.com' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254)
  candidateEmail?: string;

  @ApiProperty({ example: 'careers-site', description: 'Where the application came from (ATS name, careers site…)' })
  @IsString() @MinLength(1) @MaxLength(64)
  source: string;

  @ApiPropertyOptional({ description: 'Your id for this application; sending it again does not count twice', example: 'greenhouse-123456' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(128)
  externalId?: string;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) publicationId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) campaignId: string | null;
  @ApiProperty({ type: String, nullable: true }) platform: string | null;
  @ApiProperty({ type: String, nullable: true }) trackingCode: string | null;
  @ApiProperty({ type: String, nullable: true }) candidateEmail: string | null;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ApplicationPageDto extends PageOf(ApplicationDto) {}

export class ApplicationQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() jobId?: string;
}
