import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlatformKind } from '../ads-platform.port';
import { describeRules } from '../compliance/compliance-engine';
import type { ImageShape } from '../compliance/image-rules';
import type { AdsPlatformDescriptor, ConnectionFieldSpec } from '../platform-descriptor';
import { PLATFORM_KINDS } from '../platform-registry';

/** One input of the platform's connection form; the API checks the same rules on create. */
export class ConnectionFieldDto {
  @ApiProperty({ example: 'adAccountId' }) name: string;
  @ApiProperty({ example: 'Ad account id' }) label: string;
  @ApiProperty({ description: 'Sealed when saved and only ever shown masked (a password input, never prefilled)' }) secret: boolean;
  @ApiProperty() required: boolean;
  @ApiPropertyOptional() placeholder?: string;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ description: 'JavaScript regular expression (source) the trimmed value must match', example: '^(act_)?\\d{1,20}$' }) pattern?: string;
  @ApiPropertyOptional({ description: 'Shown when the value does not match `pattern`' }) patternMessage?: string;

  static from(this: void, f: ConnectionFieldSpec): ConnectionFieldDto {
    return {
      name: f.name, label: f.label, secret: f.secret, required: f.required, placeholder: f.placeholder, description: f.description,
      pattern: f.pattern?.source, patternMessage: f.patternMessage,
    };
  }
}

export class ImageShapeDto {
  @ApiProperty({ example: 'landscape' }) name: string;
  @ApiProperty({ example: 600 }) minWidth: number;
  @ApiProperty({ example: 314 }) minHeight: number;
  @ApiProperty({ type: Number, nullable: true, example: 1.91, description: 'Width ÷ height required (±2 %); null: any ratio' }) aspectRatio: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1200 }) recommendedWidth: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 628 }) recommendedHeight: number | null;

  static from(this: void, s: ImageShape): ImageShapeDto {
    return {
      name: s.name, minWidth: s.minWidth, minHeight: s.minHeight, aspectRatio: s.aspectRatio ?? null,
      recommendedWidth: s.recommended?.width ?? null, recommendedHeight: s.recommended?.height ?? null,
    };
  }
}

export class PlatformComplianceDto {
  @ApiProperty({ example: 25 }) minRadiusKm: number;
  @ApiProperty({ type: Number, nullable: true, example: 80 }) maxRadiusKm: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Creative field → most characters allowed', example: { headline: 40 } })
  textLimits: Record<string, number>;
  @ApiProperty({ type: String, enum: ['characters', 'double-width'], nullable: true, description: 'double-width: CJK characters count twice' })
  textCounting: 'characters' | 'double-width' | null;
  @ApiProperty({ type: [String], description: 'The employment-ad rules in words, common ones first' }) rules: string[];
  @ApiProperty({ type: [ImageShapeDto], description: 'Image shapes the platform takes (an image must fit one); empty: any size' })
  imageShapes: ImageShapeDto[];
}

export class PlatformTargetingDto {
  @ApiProperty({ example: 'Interests (skills)', description: 'What the platform makes of the skills' }) skillsLabel: string;
  @ApiProperty({ description: 'The extra keywords are used (search platforms, the sandbox)' }) usesKeywords: boolean;
  @ApiProperty({ enum: ['feed', 'search'], description: 'How the ad preview is drawn' }) adPreview: 'feed' | 'search';
}

/** What the SPA needs to know about one ads platform (no secrets: this is static metadata). */
export class AdsPlatformDto {
  @ApiProperty({ enum: PLATFORM_KINDS }) kind: PlatformKind;
  @ApiProperty({ example: 'Meta' }) label: string;
  @ApiProperty({ example: 'Meta (Facebook / Instagram)', description: 'Label in the platform picker' }) optionLabel: string;
  @ApiProperty({ description: 'Simulated: nothing is published or spent' }) isSandbox: boolean;
  @ApiProperty({ description: 'Real platforms start unverified; false when there is nothing to verify' }) needsVerification: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Shown under the connection form for this kind' }) connectionNote: string | null;
  @ApiProperty({ type: [ConnectionFieldDto], description: 'The connection form, in order' }) fields: ConnectionFieldDto[];
  @ApiProperty({ type: PlatformComplianceDto }) compliance: PlatformComplianceDto;
  @ApiProperty({ type: PlatformTargetingDto }) targeting: PlatformTargetingDto;

  static from(this: void, d: AdsPlatformDescriptor): AdsPlatformDto {
    const rules = d.compliance;
    return {
      kind: d.kind, label: d.label, optionLabel: d.optionLabel, isSandbox: d.isSandbox,
      needsVerification: !d.connection.startsConnected, connectionNote: d.connection.note ?? null,
      fields: d.connection.fields.map(ConnectionFieldDto.from),
      compliance: {
        minRadiusKm: rules.minRadiusKm, maxRadiusKm: rules.maxRadius?.km ?? null,
        textLimits: { ...(rules.textLimits?.limits ?? {}) }, textCounting: rules.textLimits?.counting ?? null, rules: describeRules(rules),
        imageShapes: (rules.image?.shapes ?? []).map(ImageShapeDto.from),
      },
      targeting: { ...d.targeting },
    };
  }
}

export class AdsPlatformListDto {
  @ApiProperty({ type: [AdsPlatformDto] }) items: AdsPlatformDto[];
}
