import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CheckFindingDto {
  @ApiProperty({ example: 'job.salary' }) field: string;
  @ApiProperty() message: string;
  @ApiProperty({ enum: ['block', 'warn'], description: 'block: publishing is refused (422); warn: shown, not enforced' }) severity: 'block' | 'warn';
  @ApiPropertyOptional({ description: 'Wording findings: the phrase found' }) phrase?: string;
  @ApiPropertyOptional({ description: 'UTF-16 offset of the phrase in the field text' }) start?: number;
  @ApiPropertyOptional({ description: 'UTF-16 offset just past the phrase' }) end?: number;
  @ApiPropertyOptional({ description: 'What to write instead' }) suggestion?: string;
}

export class AdvertisingCheckDto {
  @ApiProperty({ example: 'pay-transparency' }) id: string;
  @ApiProperty({ example: 'Pay transparency' }) title: string;
  @ApiProperty({ description: 'The rule in words' }) explanation: string;
  @ApiProperty({ enum: ['passed', 'warning', 'failed'] }) status: 'passed' | 'warning' | 'failed';
  @ApiProperty({ type: [CheckFindingDto] }) findings: CheckFindingDto[];
}

export class JobAdvertisingChecksDto {
  @ApiProperty({ type: [AdvertisingCheckDto], description: 'Pay transparency where the job is, and the wording of its title and summary' })
  checks: AdvertisingCheckDto[];
}
