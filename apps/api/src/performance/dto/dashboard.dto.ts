import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsReportDay } from '../../common/dates';
import { FormatQuery } from '../../common/pagination';
import { GROUP_BYS, GroupBy, Metric, METRICS } from '../dashboard/dashboard-query';
import { PACING_STATUSES, type PacingStatus } from '../calc/pacing';

export class RangeQuery extends FormatQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day (UTC), default 29 days before `to`' })
  @IsOptional() @IsReportDay()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day (UTC), inclusive, default today' })
  @IsOptional() @IsReportDay()
  to?: string;
}

export class TimeseriesQuery extends RangeQuery {
  @ApiPropertyOptional({ enum: METRICS, default: 'spend' }) @IsOptional() @IsIn(METRICS) metric?: Metric;
  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'platform' }) @IsOptional() @IsIn(GROUP_BYS) groupBy?: GroupBy;
}

export class BreakdownQuery extends RangeQuery {
  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'campaign' }) @IsOptional() @IsIn(GROUP_BYS) by?: GroupBy;
}

export class KpisDto {
  @ApiProperty() impressions: number;
  @ApiProperty() reach: number;
  @ApiProperty() clicks: number;
  @ApiProperty({ description: 'Minor units of the reporting currency' }) spendMinor: number;
  @ApiProperty() conversions: number;
  @ApiProperty({ description: 'First-party applications attributed to ads' }) applications: number;
  @ApiProperty({ type: Number, nullable: true }) ctr: number | null;
  @ApiProperty({ type: Number, nullable: true }) cpcMinor: number | null;
  @ApiProperty({ type: Number, nullable: true }) costPerApplicantMinor: number | null;
  @ApiProperty({ type: Number, nullable: true }) applicationRate: number | null;
  @ApiProperty({ description: 'Attributed applications that reached screening in the period' }) screenings: number;
  @ApiProperty({ description: 'Attributed applications that reached an interview in the period (a later stage implies it)' }) interviews: number;
  @ApiProperty({ description: 'Attributed applications that reached an offer in the period' }) offers: number;
  @ApiProperty({ description: 'Attributed applications hired in the period' }) hires: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Spend per interview, minor units' }) costPerInterviewMinor: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Spend per hire, minor units' }) costPerHireMinor: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'screenings / applications' }) screeningRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'interviews / screenings' }) interviewRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'offers / interviews' }) offerRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'hires / offers' }) hireRate: number | null;
}

export class DeltaDto {
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ type: Number, nullable: true }) previous: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Relative change, 0.25 = +25 %' }) change: number | null;
}

export class DateRangeDto {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
}

// DeltaDto is only referenced through a raw $ref below, so it must be registered explicitly.
@ApiExtraModels(DeltaDto)
export class SummaryDto {
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty({ type: DateRangeDto }) previousRange: DateRangeDto;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: KpisDto }) current: KpisDto;
  @ApiProperty({ type: KpisDto }) previous: KpisDto;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/DeltaDto' } }) deltas: Record<string, DeltaDto>;
  @ApiProperty() activeCampaigns: number;
  @ApiProperty() openJobs: number;
}

export class SeriesRowDto {
  @ApiProperty() date: string;
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() value: number;
}

export class TimeseriesDto {
  @ApiProperty({ enum: METRICS }) metric: Metric;
  @ApiProperty({ enum: GROUP_BYS }) groupBy: GroupBy;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty() currency: string;
  @ApiProperty({ type: [SeriesRowDto] }) rows: SeriesRowDto[];
}

export class BreakdownRowDto extends KpisDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
}

export class BreakdownDto {
  @ApiProperty({ enum: GROUP_BYS }) by: GroupBy;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty() currency: string;
  @ApiProperty({ type: [BreakdownRowDto] }) rows: BreakdownRowDto[];
}

export class PacingDto {
  @ApiProperty() spentMinor: number;
  @ApiProperty() budgetMinor: number;
  @ApiProperty() elapsedDays: number;
  @ApiProperty() totalDays: number;
  @ApiProperty() projectedMinor: number;
  @ApiProperty() spentShare: number;
  @ApiProperty({ enum: PACING_STATUSES, description: '`collecting`: live for less than a full day, too early to judge the spend rate' }) status: PacingStatus;
  @ApiProperty() currency: string;
}

export class CampaignMetricsDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty() currency: string;
  @ApiProperty({ type: KpisDto }) totals: KpisDto;
  @ApiProperty({ type: [BreakdownRowDto], description: 'Totals per platform' }) byPlatform: BreakdownRowDto[];
  @ApiProperty({ type: [SeriesRowDto], description: 'Daily spend per platform' }) spend: SeriesRowDto[];
  @ApiProperty({ type: [SeriesRowDto], description: 'Daily clicks per platform' }) clicks: SeriesRowDto[];
  @ApiProperty({ type: [SeriesRowDto], description: 'Daily applications per platform' }) applications: SeriesRowDto[];
  @ApiProperty({ type: PacingDto }) pacing: PacingDto;
}

export class JobMetricsDto {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty() currency: string;
  @ApiProperty({ type: KpisDto }) totals: KpisDto;
  @ApiProperty({ type: [BreakdownRowDto], description: 'Totals per campaign' }) byCampaign: BreakdownRowDto[];
  @ApiProperty({ type: [SeriesRowDto], description: 'Daily spend per platform' }) spend: SeriesRowDto[];
}
