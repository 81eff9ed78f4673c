import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { CAMPAIGN_STATUSES, CampaignStatus } from '../campaign-status';

export class CampaignListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns of this job' })
  @IsOptional() @IsUUID()
  jobId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns targeting this segment' })
  @IsOptional() @IsUUID()
  segmentId?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Derived campaign status' })
  @IsOptional() @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ description: 'Name contains (case-insensitive)', maxLength: 200 })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MinLength(1) @MaxLength(200)
  q?: string;
}
