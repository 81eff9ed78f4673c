import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms/ads-platforms.api';
import { COPY_TONES, type CopyTone } from '../copywriters/copywriter.port';

export const MAX_VARIANTS = 5;

export class SuggestCopyDto {
  @ApiProperty({ format: 'uuid', description: 'The job the ads are for' })
  @IsUUID()
  jobId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, description: 'Segments of the active run the copy is written for (their skills, experience, seeking status)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  segmentIds?: string[];

  @ApiProperty({ enum: PLATFORM_KINDS, isArray: true, minItems: 1, maxItems: 5, description: 'Variants are written per platform, within its text limits' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @IsIn(PLATFORM_KINDS, { each: true })
  platforms: PlatformKind[];

  @ApiPropertyOptional({ enum: COPY_TONES, description: 'Default professional' })
  @IsOptional() @IsIn(COPY_TONES)
  tone?: CopyTone;

  @ApiPropertyOptional({ pattern: '^[a-z]{2}$', maxLength: 2, description: 'ISO 639-1, default en; the offline generator writes English only' })
  @IsOptional() @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter ISO 639-1 code' })
  language?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_VARIANTS, description: 'Variants per platform, default 3' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_VARIANTS)
  count?: number;
}
