import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { CampaignDto } from './campaign.dto';

export const BULK_ACTIONS = ['pause', 'resume', 'archive'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_MAX = 100;

export class BulkCampaignActionDto {
  @ApiProperty({ enum: BULK_ACTIONS }) @IsIn(BULK_ACTIONS)
  action: BulkAction;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_MAX, uniqueItems: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(BULK_MAX) @ArrayUnique() @IsUUID('all', { each: true })
  campaignIds: string[];
}

export class BulkCampaignOutcomeDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: ['accepted', 'conflict', 'not_found', 'invalid'], description: 'invalid: the job can no longer be advertised (resume)' })
  outcome: 'accepted' | 'conflict' | 'not_found' | 'invalid';
  @ApiProperty({ enum: [202, 404, 409, 422], description: 'What the single-campaign action would have answered' }) status: 202 | 404 | 409 | 422;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was refused' }) detail: string | null;
  @ApiProperty({ type: CampaignDto, nullable: true, description: 'The campaign after the request (accepted rows)' }) campaign: CampaignDto | null;
}

export class BulkCampaignResultDto {
  @ApiProperty({ enum: BULK_ACTIONS }) action: BulkAction;
  @ApiProperty({ description: 'Rows accepted' }) accepted: number;
  @ApiProperty({ description: 'Rows refused (404, 409 or 422)' }) refused: number;
  @ApiProperty({ type: [BulkCampaignOutcomeDto], description: 'One outcome per campaign, in the order given' }) results: BulkCampaignOutcomeDto[];
}
