import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { DateRangeDto, RangeQuery } from '../../performance/performance.api';

export class JobFiguresQuery extends RangeQuery {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 200, description: 'The jobs (repeat the parameter), e.g. one page of the jobs list' })
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsUUID('all', { each: true })
  jobId: string[];
}

export class JobFiguresDto {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty({ description: 'Campaigns of the job' }) campaigns: number;
  @ApiProperty({ description: 'Campaigns with a live publication' }) activeCampaigns: number;
  @ApiProperty({ description: 'Spend over the range, minor units of the reporting currency' }) spendMinor: number;
  @ApiProperty({ description: 'Applicants over the range' }) applications: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Spend per applicant; null without applicants' }) costPerApplicantMinor: number | null;
}

export class JobFiguresListDto {
  @ApiProperty({ type: DateRangeDto }) range: DateRangeDto;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: [JobFiguresDto], description: 'One row per job asked for, in the order asked' }) items: JobFiguresDto[];
}
