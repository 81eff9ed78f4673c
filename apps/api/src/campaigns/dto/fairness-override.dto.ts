import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** An admin's reason to target segments the fairness audit flagged (recorded on the campaign and in the audit log). */
export class FairnessOverrideInputDto {
  @ApiProperty({ minLength: 10, maxLength: 1000, example: 'The role is an apprenticeship open to all ages; ads also run on every segment.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MinLength(10) @MaxLength(1000)
  reason: string;
}

export class FairnessOverrideSegmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) flags: string[];
}

export class FairnessOverrideDto {
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'The admin who overrode the audit' }) byLabel: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: [FairnessOverrideSegmentDto], description: 'Flagged segments the override covers' }) segments: FairnessOverrideSegmentDto[];
}
