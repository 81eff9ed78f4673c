import { ApiProperty } from '@nestjs/swagger';
import { REPORT_LEVELS, type ReportLevel } from '../reports/report-builders';
import { DateRangeDto } from './dashboard.dto';

export const REPORT_KINDS = ['campaigns', 'jobs', 'segments'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const nullableNumber = (description: string) => ({ type: Number, nullable: true, description });

/** One row of a report: a campaign, one of its platforms or ad sets, a job or a segment. Money in minor units of the report's currency. */
export class ReportRowDto {
  @ApiProperty({ enum: REPORT_LEVELS }) level: ReportLevel;
  @ApiProperty({ description: 'Unique within the report (campaign, job and segment rows: their id)' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true, description: 'The key of the row this one details (a platform row: its campaign)' }) parentKey: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Platform kind, on platform and ad-set rows' }) platform: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Candidates in the segment (segment rows)' }) candidates: number | null;
  @ApiProperty() spendMinor: number;
  @ApiProperty() impressions: number;
  @ApiProperty(nullableNumber('People reached; null where no platform of the row reports reach (Google Search)')) reach: number | null;
  @ApiProperty({ description: 'True when reach and unique clicks add up several publication-days (an upper bound: a person reached on two days counts twice)' })
  reachIsDailySum: boolean;
  @ApiProperty(nullableNumber('Impressions / reach, over the days that reported reach')) frequency: number | null;
  @ApiProperty() clicks: number;
  @ApiProperty(nullableNumber('Unique clicks; null where not reported')) uniqueClicks: number | null;
  @ApiProperty() conversions: number;
  @ApiProperty(nullableNumber('clicks / impressions')) ctr: number | null;
  @ApiProperty(nullableNumber('unique clicks / reach')) uniqueCtr: number | null;
  @ApiProperty(nullableNumber('Spend per thousand impressions')) cpmMinor: number | null;
  @ApiProperty(nullableNumber('Spend per click')) cpcMinor: number | null;
  @ApiProperty({ description: 'Attributed applications created in the period (applied)' }) applications: number;
  @ApiProperty() screenings: number;
  @ApiProperty() interviews: number;
  @ApiProperty() offers: number;
  @ApiProperty() hires: number;
  @ApiProperty(nullableNumber('Spend per application')) costPerApplicantMinor: number | null;
  @ApiProperty(nullableNumber('Spend per interview')) costPerInterviewMinor: number | null;
  @ApiProperty(nullableNumber('Spend per hire')) costPerHireMinor: number | null;
  @ApiProperty(nullableNumber('applications / clicks')) applicationRate: number | null;
  @ApiProperty(nullableNumber('screenings / applications')) screeningRate: number | null;
  @ApiProperty(nullableNumber('interviews / screenings')) interviewRate: number | null;
  @ApiProperty(nullableNumber('offers / interviews')) offerRate: number | null;
  @ApiProperty(nullableNumber('hires / offers')) hireRate: number | null;
}

/** The CSV columns of a report, written as the header even when there are no rows. */
export const REPORT_CSV_COLUMNS: readonly (keyof ReportRowDto)[] = [
  'level', 'key', 'label', 'parentKey', 'platform', 'candidates', 'spendMinor', 'impressions', 'reach', 'reachIsDailySum', 'frequency', 'clicks',
  'uniqueClicks', 'conversions', 'ctr', 'uniqueCtr', 'cpmMinor', 'cpcMinor', 'applications', 'screenings', 'interviews', 'offers', 'hires',
  'costPerApplicantMinor', 'costPerInterviewMinor', 'costPerHireMinor', 'applicationRate', 'screeningRate', 'interviewRate', 'offerRate', 'hireRate',
];

export class ReportDto {
  @ApiProperty({ enum: REPORT_KINDS }) kind: ReportKind;
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty({ example: 'USD', description: 'Reporting currency of every amount' }) currency: string;
  @ApiProperty({ type: [ReportRowDto] }) rows: ReportRowDto[];
}
