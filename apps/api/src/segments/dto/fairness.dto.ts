import { AUDITED_ATTRIBUTES } from '@adflux/segmentation';
import type { AuditedAttribute, AuditStatus, SegmentFairness } from '@adflux/segmentation';
import { ApiProperty } from '@nestjs/swagger';
import type { RunFairnessSummary } from '../pipeline/run-fairness';

const STATUSES: AuditStatus[] = ['ok', 'flagged', 'insufficient_data'];

export class FairnessGroupDto {
  @ApiProperty({ example: '25-34' }) group: string;
  @ApiProperty({ description: 'Declared members in the pool' }) poolCount: number;
  @ApiProperty({ description: 'Declared members in the segment' }) selectedCount: number;
  @ApiProperty({ description: 'Share among the declared members of the pool (0–1)' }) poolShare: number;
  @ApiProperty({ description: 'Share among the declared members of the segment (0–1)' }) selectedShare: number;
  @ApiProperty({ description: 'selectedCount / poolCount: the share of this group the segment reaches' }) selectionRate: number;
  @ApiProperty({ description: 'Large enough to count towards the ratio (see thresholds)' }) eligible: boolean;
}

export class AttributeAuditDto {
  @ApiProperty({ enum: AUDITED_ATTRIBUTES, enumName: 'AuditedAttribute' }) attribute: AuditedAttribute;
  @ApiProperty({ enum: STATUSES, enumName: 'FairnessStatus' }) status: AuditStatus;
  @ApiProperty() declaredInPool: number;
  @ApiProperty() declaredSelected: number;
  @ApiProperty({ type: [FairnessGroupDto] }) groups: FairnessGroupDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Four-fifths ratio: lowest / highest selection rate among eligible groups' }) ratio: number | null;
  @ApiProperty({ type: String, nullable: true }) lowestGroup: string | null;
  @ApiProperty({ type: String, nullable: true }) highestGroup: string | null;
  @ApiProperty({ type: Number, nullable: true }) chiSquare: number | null;
  @ApiProperty({ type: Number, nullable: true }) degreesOfFreedom: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Chi-square test of independence (segment membership × group)' }) pValue: number | null;
  @ApiProperty({ description: 'Why it is flagged, fine or not judged, in words' }) reason: string;
}

export class SegmentFairnessDto {
  @ApiProperty({ type: [AttributeAuditDto] }) attributes: AttributeAuditDto[];
  @ApiProperty({ type: [String], example: ['may act as a proxy for age band'] }) flags: string[];

  static from(this: void, f: SegmentFairness | null): SegmentFairnessDto | null {
    return f ? { attributes: f.attributes, flags: f.flags } : null;
  }
}

export class FairnessThresholdsDto {
  @ApiProperty({ description: 'Declared members a group needs in the pool to be judged' }) minGroupSize: number;
  @ApiProperty({ description: 'Members a group needs expected in the segment to be judged' }) minExpected: number;
  @ApiProperty({ description: 'Four-fifths rule threshold' }) ratioThreshold: number;
  @ApiProperty({ description: 'Significance level of the chi-square test' }) alpha: number;
}

export class FairnessPoolDto {
  @ApiProperty() size: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Candidates with a declared value, per audited attribute' })
  declared: Record<string, number>;
}

export class RunFairnessDto {
  @ApiProperty({ type: FairnessThresholdsDto }) thresholds: FairnessThresholdsDto;
  @ApiProperty({ type: FairnessPoolDto }) pool: FairnessPoolDto;
  @ApiProperty({ description: 'Segments with at least one flag' }) flaggedSegments: number;

  static from(this: void, f: RunFairnessSummary | null): RunFairnessDto | null {
    return f ? { thresholds: f.thresholds, pool: f.pool, flaggedSegments: f.flaggedSegments } : null;
  }
}
