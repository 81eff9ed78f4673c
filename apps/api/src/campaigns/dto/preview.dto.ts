import { ApiProperty, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms';
import { CreateCampaignDto, CreativeDto } from './campaign-input.dto';
import { TargetingDto } from './targeting.dto';

class PartialCreativeDto extends PartialType(CreativeDto) {}

/**
 * An unsaved campaign, as the wizard has it so far: job, segments and connections are needed;
 * everything else may still be missing (the compliance list then says what is required).
 */
export class PreviewCampaignDto extends IntersectionType(
  PickType(CreateCampaignDto, ['jobId', 'segmentIds', 'connectionIds'] as const),
  PartialType(OmitType(CreateCampaignDto, ['jobId', 'segmentIds', 'connectionIds', 'creative'] as const)),
) {
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
  @ApiProperty({ type: [ComplianceViolationDto], description: 'Employment-ad rules and text limits this publication breaks; empty = OK to publish' })
  violations: ComplianceViolationDto[];
}

export class CampaignPreviewDto {
  @ApiProperty({ description: 'Candidates in the chosen segments' }) audienceSize: number;
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
}
