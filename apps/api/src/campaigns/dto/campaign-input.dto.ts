import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min,
  MinLength, ValidateNested,
} from 'class-validator';
import type { CampaignObjective } from '../../ads-platforms';
import { IsCurrencyCode, toUpperCode } from '../../common/iso';
import { CREATIVE_ORIGINS, type CreativeOrigin } from '../../creatives/creatives.api';
import { PatchType } from '../../common/validation';
import { IMAGE_KEY_PATTERN } from '../../media';
import { TargetingOverrideDto } from './targeting.dto';
import { FairnessOverrideInputDto } from './fairness-override.dto';

export const OBJECTIVES: CampaignObjective[] = ['traffic', 'leads'];
export const CALLS_TO_ACTION = ['APPLY_NOW', 'LEARN_MORE'] as const;
/** Budgets are stored as int4 minor units. */
const MAX_MINOR = 2_000_000_000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * Ad text. Lengths here are only sanity bounds: the per-platform limits (Meta 40/125/30, Google
 * RSA 30/90) are compliance rules, reported by the preview and enforced at publish time.
 */
export class CreativeDto {
  @ApiProperty({ maxLength: 200, example: 'Registered Nurse in Austin' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  headline: string;

  @ApiProperty({ maxLength: 2000, example: 'Join our pediatric ward. Flexible shifts and full benefits.' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(2000)
  primaryText: string;

  @ApiProperty({ maxLength: 500, example: 'Apply in two minutes' })
  @Transform(trim) @IsString() @MaxLength(500)
  description: string;

  @ApiProperty({ enum: CALLS_TO_ACTION, example: 'APPLY_NOW' })
  @IsIn(CALLS_TO_ACTION)
  callToAction: (typeof CALLS_TO_ACTION)[number];

  @ApiPropertyOptional({ description: 'https URL of the ad image', example: 'https://cdn.example.com/nurse.jpg' })
  @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' }) @MaxLength(2048)
  imageUrl?: string;

  @ApiPropertyOptional({ description: 'Key of an image uploaded with POST /api/creatives/images (sent to Meta as an ad image, to Google as an image asset)', pattern: IMAGE_KEY_PATTERN.source, maxLength: 80 })
  @IsOptional() @IsString() @MaxLength(80) @Matches(IMAGE_KEY_PATTERN, { message: 'must be the key of an uploaded image (<sha256>.<png|jpg|webp>)' })
  imageKey?: string;

  @ApiPropertyOptional({ enum: CREATIVE_ORIGINS, description: 'Where the text came from: a Gemini suggestion (ai), an offline suggestion, or typed (manual, the default)' })
  @IsOptional() @IsIn(CREATIVE_ORIGINS)
  origin?: CreativeOrigin;
}

export class CreateCampaignDto {
  @ApiProperty({ maxLength: 200, example: 'Nurses – Austin – December' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  jobId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Segments of the active segmentation run' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsUUID('all', { each: true })
  segmentIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Platform connections: one publication each' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsUUID('all', { each: true })
  connectionIds: string[];

  @ApiProperty({ enum: OBJECTIVES, example: 'traffic' })
  @IsIn(OBJECTIVES)
  objective: CampaignObjective;

  @ApiProperty({ description: 'Integer minor units of `currency` (cents for USD)', example: 2500 })
  @IsInt() @Min(1) @Max(MAX_MINOR)
  dailyBudgetMinor: number;

  @ApiProperty({ description: 'ISO 4217; must be the currency the connections bill in', example: 'USD' })
  @Transform(toUpperCode) @IsCurrencyCode()
  currency: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Optional cap on total spend, integer minor units' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_MINOR)
  totalBudgetMinor?: number | null;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  startsAt: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional() @IsDateString({ strict: true })
  endsAt?: string | null;

  @ApiProperty({ type: CreativeDto })
  @IsObject() @ValidateNested() @Type(() => CreativeDto)
  creative: CreativeDto;

  /**
   * Validated by the service, not here: a forbidden key (age, gender, ZIP, ...) must be a 422
   * naming the employment-ad rule, not a generic "property should not exist".
   */
  @ApiPropertyOptional({ type: [TargetingOverrideDto], description: 'Per-connection targeting; omitted connections get the targeting derived from the job and segments' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsObject({ each: true })
  targeting?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: FairnessOverrideInputDto, description: 'Required (admins only) when a targeted segment is flagged by the fairness audit; recorded in the audit log' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => FairnessOverrideInputDto)
  fairnessOverride?: FairnessOverrideInputDto;
}

export class UpdateCampaignDto extends PatchType(CreateCampaignDto) {}
