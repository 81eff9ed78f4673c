import { ApiProperty } from '@nestjs/swagger';

/** A campaign's delivery over a date range, as a list row shows it. */
export class CampaignFiguresDto {
  @ApiProperty({ description: 'Minor units of the reporting currency' }) spendMinor: number;
  @ApiProperty() impressions: number;
  @ApiProperty() clicks: number;
  @ApiProperty({ description: 'First-party applications attributed to the campaign' }) applications: number;
  @ApiProperty({ type: Number, nullable: true, description: 'clicks / impressions; null without impressions' }) ctr: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Spend per applicant, minor units; null without applicants' }) costPerApplicantMinor: number | null;
}
