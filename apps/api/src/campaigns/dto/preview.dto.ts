import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms/ads-platforms.api';
import { CREATIVE_ORIGINS, type CreativeOrigin } from '../../creatives/creatives.api';
import { AdvertisingCheckDto } from './advertising-check.dto';
import { CALLS_TO_ACTION, CreateCampaignDto } from './campaign-input.dto';
import { TargetingDto } from './targeting.dto';

/**
 * The ad text as typed so far: any field may be empty or missing, and the image URL may be
 * unfinished. Only sizes are refused; what create would refuse comes back as `warnings`.
 */
export class PartialCreativeDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) headline?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) primaryText?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) description?: string;
  @ApiPropertyOptional({ enum: CALLS_TO_ACTION }) @IsOptional() @IsIn(CALLS_TO_ACTION) callToAction?: (typeof CALLS_TO_ACTION)[number];
  @ApiPropertyOptional({ maxLength: 2048, description: 'May be unfinished; a warning says when it is not an https URL' })
  @IsOptional() @IsString() @MaxLength(2048) imageUrl?: string;
  @ApiPropertyOptional({ description: 'Key of an uploaded image; an unknown key is a warning here' })
  @IsOptional() @IsString() @MaxLength(80) imageKey?: string;
  @ApiPropertyOptional({ enum: CREATIVE_ORIGINS, description: 'Where the text came from (ai, offline, manual); the preview ignores it' })
  @IsOptional() @IsIn(CREATIVE_ORIGINS) origin?: CreativeOrigin;
}

/**
 * An unsaved campaign, as the wizard has it so far: job, segments and connections are needed;
 * everything else may still be missing (the compliance list then says what is required).
 */
export class PreviewCampaignDto extends IntersectionType(
  PickType(CreateCampaignDto, ['jobId', 'segmentIds', 'connectionIds'] as const),
  PartialType(OmitType(CreateCampaignDto, ['jobId', 'segmentIds', 'connectionIds', 'name', 'creative'] as const)),
) {
  @ApiPropertyOptional({ maxLength: 200, description: 'May be empty while typing (a warning says it is required)' })
  @IsOptional() @IsString() @MaxLength(200)
  name?: string;

  @ApiProperty({ type: PartialCreativeDto, required: false })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PartialCreativeDto)
  creative?: PartialCreativeDto;
}

export class ComplianceViolationDto {
  @ApiProperty({ example: 'creative.headline' }) field: string;
  @ApiProperty({ example: 'Meta allows at most 40 characters here (this has 52).' }) message: string;
}

export class PublicationPreviewDto {
  @ApiProperty({ format: 'uuid' }) connectionId: string;
  @ApiProperty() connectionName: string;
  @ApiProperty({ enum: PLATFORM_KINDS }) platform: PlatformKind;
  @ApiProperty() platformLabel: string;
  @ApiProperty() isSandbox: boolean;
  @ApiProperty({ type: TargetingDto, description: 'Derived from the job and segments unless edited' }) targeting: TargetingDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The publish spec handed to the adapter' }) spec: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The platform request bodies it becomes (ids known only at publish time are placeholders)' })
  payload: Record<string, unknown>;
  @ApiProperty({ type: [ComplianceViolationDto], description: 'Employment-ad rules, text limits, billing currency, pay-transparency laws and explicit exclusions in the wording this publication breaks; empty = OK to publish' })
  violations: ComplianceViolationDto[];
  @ApiProperty({ type: [AdvertisingCheckDto], description: 'The employment-ad rules, pay transparency and inclusive wording as explained checks (failed = publishing is refused)' })
  checks: AdvertisingCheckDto[];
  @ApiProperty({
    description: 'Candidates of the chosen segments who live where this targeting reaches: its countries, or its cities (matched by name: candidates carry no coordinates, so the radius adds no neighbouring towns); all of them when no place is targeted',
  })
  audienceSize: number;
}

export class CampaignPreviewDto {
  @ApiProperty({ description: 'The largest audience estimate among the publications (each is in `publications[].audienceSize`)' }) audienceSize: number;
  @ApiProperty({ description: 'Candidates in the chosen segments, before any location targeting' }) segmentPoolSize: number;
  @ApiProperty({
    type: [ComplianceViolationDto],
    description: 'What creating this campaign would still refuse or publishing would block (missing or invalid fields, schedule and budget rules, the job\'s application URL); empty for a saved campaign',
  })
  warnings: ComplianceViolationDto[];
  @ApiProperty({
    type: [ComplianceViolationDto],
    description: 'Fairness audit: targeted segments flagged as a proxy for a protected trait (creating and publishing need an admin override, `fairnessOverride`), and targeted cities whose declared candidates differ disproportionately from their country (a warning)',
  })
  fairnessWarnings: ComplianceViolationDto[];
  @ApiProperty({ type: [PublicationPreviewDto] }) publications: PublicationPreviewDto[];
}

export class SegmentSuggestionDto {
  @ApiProperty({ format: 'uuid' }) segmentId: string;
  @ApiProperty() name: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'Share of all candidates (0–1)' }) share: number;
  @ApiProperty({ description: '0–1; blend = 0.5 × skills + 0.25 × experience + 0.25 × location; a segment sharing a job skill scores 0.5 + 0.5 × blend, any other 0.5 × blend, so it never ranks above one that does' }) score: number;
  @ApiProperty({ description: '0–1' }) skillsScore: number;
  @ApiProperty({ description: '0–1' }) experienceScore: number;
  @ApiProperty({ description: '0–1' }) locationScore: number;
  @ApiProperty({ type: [String], description: 'Job skills common in the segment' }) matchedSkills: string[];
  @ApiProperty({ type: [String] }) topSkills: string[];
  @ApiProperty({ type: [String], description: 'ISO country codes' }) topCountries: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Median years of experience' }) medianExperienceYears: number | null;
  @ApiProperty({ type: [String], description: 'Fairness audit flags, e.g. "may act as a proxy for age band" (targeting it needs an admin override)' }) fairnessFlags: string[];
}
