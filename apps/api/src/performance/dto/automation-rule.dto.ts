import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OptionalNotNull, PatchType } from '../../common/validation';
import { RULE_METRICS, RULE_OPERATORS, RuleMetric, RuleOperator } from '../calc/rules';

export const RULE_ACTIONS = ['pause', 'notify'] as const;

export class CreateAutomationRuleDto {
  @ApiProperty({ example: 'Pause expensive campaigns' }) @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiPropertyOptional({ default: true }) @OptionalNotNull() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this campaign; all campaigns when omitted' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiProperty({ enum: RULE_METRICS, description: 'Money metrics compare minor units of the reporting currency; ctr and budget_used_share are ratios' })
  @IsIn(RULE_METRICS) metric: RuleMetric;
  @ApiProperty({ enum: RULE_OPERATORS }) @IsIn(RULE_OPERATORS) operator: RuleOperator;
  @ApiProperty({ example: 5000 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) threshold: number;
  @ApiProperty({ example: 7, minimum: 1, maximum: 90 }) @IsInt() @Min(1) @Max(90) windowDays: number;
  @ApiPropertyOptional({ example: 1000, description: 'Wait for this many impressions before judging' }) @IsOptional() @IsInt() @Min(0) @Max(2_147_483_647) minImpressions?: number;
  @ApiProperty({ enum: RULE_ACTIONS }) @IsIn(RULE_ACTIONS) action: 'pause' | 'notify';
}

export class UpdateAutomationRuleDto extends PatchType(CreateAutomationRuleDto) {}

export class AutomationRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Set for built-in rules (cannot be deleted, can be disabled)' }) builtIn: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) campaignId: string | null;
  @ApiProperty({ enum: RULE_METRICS }) metric: RuleMetric;
  @ApiProperty({ enum: RULE_OPERATORS }) operator: RuleOperator;
  @ApiProperty() threshold: number;
  @ApiProperty() windowDays: number;
  @ApiProperty() minImpressions: number;
  @ApiProperty({ enum: RULE_ACTIONS }) action: 'pause' | 'notify';
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastFiredAt: string | null;
  @ApiProperty() firings: number;
}
