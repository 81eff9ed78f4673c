import { ApiProperty } from '@nestjs/swagger';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms/ads-platforms.api';
import { CALLS_TO_ACTION } from '../../campaigns/campaign-creative.api';
import type { CallToAction } from '../copy-format';
import { WordingFindingDto } from './wording.dto';

export class FieldLimitDto {
  @ApiProperty({ description: 'Longest text, counted as the platform counts (see `counting`)' }) maxLength: number;
  @ApiProperty({ description: 'Texts of this field one ad carries' }) maxCount: number;
}

export class CopyLimitsDto {
  @ApiProperty({ type: FieldLimitDto }) headline: FieldLimitDto;
  @ApiProperty({ type: FieldLimitDto, nullable: true, description: 'null: this platform’s ads have no primary text (search ads)' }) primaryText: FieldLimitDto | null;
  @ApiProperty({ type: FieldLimitDto }) description: FieldLimitDto;
  @ApiProperty({ enum: ['characters', 'double-width'], description: 'double-width: CJK characters count twice' }) counting: 'characters' | 'double-width';
}

export class CopyVariantDto {
  @ApiProperty({ type: [String], description: 'One for feed ads; up to the limit for search ads' }) headlines: string[];
  @ApiProperty({ type: String, nullable: true }) primaryText: string | null;
  @ApiProperty({ type: [String] }) descriptions: string[];
  @ApiProperty({ enum: CALLS_TO_ACTION }) callToAction: CallToAction;
  @ApiProperty({ type: [WordingFindingDto], description: 'Exclusionary-wording findings in this variant (field = headlines[0], primaryText, …)' }) findings: WordingFindingDto[];
}

export class PlatformCopyDto {
  @ApiProperty({ enum: PLATFORM_KINDS }) platform: PlatformKind;
  @ApiProperty({ example: 'Meta' }) label: string;
  @ApiProperty({ type: CopyLimitsDto }) limits: CopyLimitsDto;
  @ApiProperty({ type: [CopyVariantDto] }) variants: CopyVariantDto[];
}

export class CopySuggestionsDto {
  @ApiProperty({ enum: ['ai', 'offline'], description: 'ai: written by Gemini; offline: templates (no Gemini key). Store it as creative.origin when a variant is used' })
  origin: 'ai' | 'offline';
  @ApiProperty({ type: String, nullable: true, description: 'The Gemini model; null offline' }) model: string | null;
  @ApiProperty({ example: 'en' }) language: string;
  @ApiProperty({ type: [PlatformCopyDto] }) platforms: PlatformCopyDto[];
}
