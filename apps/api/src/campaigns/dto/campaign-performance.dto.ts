import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms/ads-platforms.api';
import { CampaignFiguresDto, DateRangeDto, PacingDto, RANKED_METRICS, RangeQuery } from '../../performance/performance.api';
import { CAMPAIGN_STATUSES, CampaignStatus } from '../campaign-status';
import { CampaignDto } from './campaign.dto';

/** Sort keys of the performance list: the campaign's own fields, then figures over the range. */
export const CAMPAIGN_SORTS = ['createdAt', 'name', ...RANKED_METRICS] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];

export class CampaignPerformanceQuery extends RangeQuery {
  @ApiPropertyOptional({ enum: CAMPAIGN_SORTS, default: 'createdAt', description: 'Figures (spend, …) are summed over the range; costPerApplicant without applicants sorts last' })
  @IsOptional() @IsIn(CAMPAIGN_SORTS)
  sort?: CampaignSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default: desc, except name (asc)' })
  @IsOptional() @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Derived campaign status' })
  @IsOptional() @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ enum: PLATFORM_KINDS, description: 'Campaigns with a publication on this platform' })
  @IsOptional() @IsIn(PLATFORM_KINDS)
  platform?: PlatformKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns of this job' })
  @IsOptional() @IsUUID()
  jobId?: string;

  @ApiPropertyOptional({ description: 'Name contains (case-insensitive)', maxLength: 200 })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MinLength(1) @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (valid for the same sort)', maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

export class CampaignPerformanceRowDto {
  @ApiProperty({ type: CampaignDto }) campaign: CampaignDto;
  @ApiProperty({ type: CampaignFiguresDto, description: 'Delivery over the range (spend in the reporting currency)' }) figures: CampaignFiguresDto;
  @ApiProperty({ type: PacingDto, nullable: true, description: 'Lifetime budget pacing; null for drafts' }) pacing: PacingDto | null;
}

export class FacetCountDto {
  @ApiProperty() value: string;
  @ApiProperty({ description: 'Campaigns matching the other filters that have this value' }) count: number;
}

export class CampaignFacetsDto {
  @ApiProperty({ type: [FacetCountDto], description: 'Per status, with the platform, job and search filters applied' }) status: FacetCountDto[];
  @ApiProperty({ type: [FacetCountDto], description: 'Per platform, with the status, job and search filters applied' }) platform: FacetCountDto[];
}

export class CampaignPerformancePageDto {
  @ApiProperty({ type: [CampaignPerformanceRowDto] }) items: CampaignPerformanceRowDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last page' }) nextCursor: string | null;
  @ApiProperty({ description: 'Campaigns matching every filter' }) total: number;
  @ApiProperty({ type: CampaignFacetsDto }) facets: CampaignFacetsDto;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty({ example: 'USD', description: 'Currency of spend and cost per applicant' }) currency: string;
}
