import { ApiProperty } from '@nestjs/swagger';
import { type CampaignObjective, PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms';
import { PageOf } from '../../common/pagination';
import { CREATIVE_ORIGINS, type CreativeOrigin } from '../../creatives/creatives.api';
import { imageUrl } from '../../creatives/creative-images.api';
import { CAMPAIGN_DISPLAY_STATUSES, CAMPAIGN_STATUSES, CampaignDisplayStatus, CampaignStatus, deriveCampaignStatus, deriveDisplayStatus } from '../campaign-status';
import type { Campaign } from '../entities/campaign.entity';
import type { Publication } from '../entities/publication.entity';
import { PUBLICATION_STATUSES, PublicationStatus, TARGET_STATUSES, TargetStatus } from '../publication-status';
import { trackingUrl } from '../publishing/publish-spec';
import { CALLS_TO_ACTION, OBJECTIVES } from './campaign-input.dto';
import { TargetingDto } from './targeting.dto';
import { FairnessOverrideDto } from './fairness-override.dto';

export class CreativeImageRefDto {
  @ApiProperty({ pattern: '^[0-9a-f]{64}\\.(png|jpg|webp)$' }) key: string;
  @ApiProperty({ example: '/api/creatives/images/<sha256>.jpg' }) url: string;
  @ApiProperty({ enum: ['png', 'jpeg', 'webp'] }) format: 'png' | 'jpeg' | 'webp';
  @ApiProperty() width: number;
  @ApiProperty() height: number;
}

export class CreativeOutDto {
  @ApiProperty() headline: string;
  @ApiProperty() primaryText: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: CALLS_TO_ACTION }) callToAction: (typeof CALLS_TO_ACTION)[number];
  @ApiProperty({ type: String, nullable: true }) imageUrl: string | null;
  @ApiProperty({ type: () => CreativeImageRefDto, nullable: true, description: 'The uploaded image (POST /api/creatives/images)' }) image: CreativeImageRefDto | null;
  @ApiProperty({ enum: CREATIVE_ORIGINS, description: 'ai: a Gemini suggestion; offline: an offline suggestion; manual: typed' }) origin: CreativeOrigin;
}

/** Connection facts a publication shows (never credentials). */
export interface ConnectionSummary {
  name: string;
  label: string;
  isSandbox: boolean;
}

export class PublicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) connectionId: string;
  @ApiProperty({ description: 'Connection name as the admin set it' }) connectionName: string;
  @ApiProperty({ enum: PLATFORM_KINDS }) platform: PlatformKind;
  @ApiProperty({ description: '"Meta", "Google Ads" or "Sandbox"' }) platformLabel: string;
  @ApiProperty({ description: 'Simulated platform: nothing is really published or spent' }) isSandbox: boolean;
  @ApiProperty({ enum: PUBLICATION_STATUSES }) status: PublicationStatus;
  @ApiProperty({ enum: TARGET_STATUSES, description: 'What the platform objects are being brought to (differs from status while a pause/resume is pending)' })
  targetStatus: TargetStatus;
  @ApiProperty({ type: TargetingDto }) targeting: TargetingDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Platform object ids by publishing step', example: { campaign: '120210000000001' } })
  externalIds: Record<string, string>;
  @ApiProperty({ description: 'Publishing attempts for the latest publish request' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'Last step recorded, or the step that failed' }) currentStep: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The platform's error text (credentials redacted)" }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['rate_limited', 'auth', 'validation', 'transient', 'internal'] }) lastErrorKind: string | null;
  @ApiProperty({ description: 'Link the ads point to (the tracking redirect)' }) trackingUrl: string;
  @ApiProperty() audienceSize: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) queuedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it first went live' }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) statusChangedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(p: Publication, connection: ConnectionSummary, publicBaseUrl: string): PublicationDto {
    return {
      id: p.id, connectionId: p.connectionId, connectionName: connection.name, platform: p.platform, platformLabel: connection.label,
      isSandbox: connection.isSandbox, status: p.status, targetStatus: p.targetStatus, targeting: p.targeting, externalIds: p.externalIds,
      attempts: p.attempts, currentStep: p.currentStep, lastError: p.lastError, lastErrorKind: p.lastErrorKind,
      trackingUrl: trackingUrl(publicBaseUrl, p.trackingCode), audienceSize: p.audienceSize,
      queuedAt: p.queuedAt?.toISOString() ?? null, publishedAt: p.publishedAt?.toISOString() ?? null,
      statusChangedAt: p.statusChangedAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    };
  }
}

const PLATFORM_ORDER: Record<PlatformKind, number> = { meta: 0, google: 1, sandbox: 2 };

/** Publications in a stable order everywhere: real platforms first, then by connection name. */
export function byPlatformThenName(a: { platform: PlatformKind; connectionName: string }, b: { platform: PlatformKind; connectionName: string }): number {
  return PLATFORM_ORDER[a.platform] - PLATFORM_ORDER[b.platform] || a.connectionName.localeCompare(b.connectionName);
}

export class CampaignJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: CampaignJobDto }) job: CampaignJobDto;
  @ApiProperty({ type: [String], format: 'uuid' }) segmentIds: string[];
  @ApiProperty({ enum: OBJECTIVES }) objective: CampaignObjective;
  @ApiProperty({ description: 'Integer minor units of currency' }) dailyBudgetMinor: number;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: Number, nullable: true }) totalBudgetMinor: number | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ type: CreativeOutDto }) creative: CreativeOutDto;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, description: 'Derived from the publications' }) status: CampaignStatus;
  @ApiProperty({
    enum: CAMPAIGN_DISPLAY_STATUSES,
    description: 'What the campaign is doing now: `scheduled` = live on the platforms but its start is still ahead (delivers nothing yet); `ended` = live but past its end date; otherwise `status`',
  })
  displayStatus: CampaignDisplayStatus;
  @ApiProperty({ type: [PublicationDto] }) publications: PublicationDto[];
  @ApiProperty({ type: FairnessOverrideDto, nullable: true, description: "An admin's override of the fairness audit for flagged segments" })
  fairnessOverride: FairnessOverrideDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(c: Campaign, job: CampaignJobDto, publications: PublicationDto[], now: Date = new Date()): CampaignDto {
    const status = deriveCampaignStatus(publications.map((p) => p.status));
    return {
      id: c.id, name: c.name, job, segmentIds: c.segmentIds, objective: c.objective, dailyBudgetMinor: c.dailyBudgetMinor,
      currency: c.currency, totalBudgetMinor: c.totalBudgetMinor, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt?.toISOString() ?? null,
      creative: {
        ...c.creative, imageUrl: c.creative.imageUrl ?? null,
        image: c.creative.image ? { ...c.creative.image, url: imageUrl(c.creative.image.key) } : null, origin: c.creativeOrigin,
      },
      status, displayStatus: deriveDisplayStatus(status, c, now),
      publications, fairnessOverride: c.fairnessOverride ?? null, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CampaignPageDto extends PageOf(CampaignDto) {}
