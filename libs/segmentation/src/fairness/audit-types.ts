import type { AuditedAttribute } from './attributes';

export interface FairnessOptions {
  /** A group counts towards the ratio only with at least this many declared members in the pool. */
  minGroupSize?: number;
  /** …and at least this many members expected in the selection (pool count × selection share). */
  minExpected?: number;
  /** Four-fifths rule: flag when min rate / max rate is below this. */
  ratioThreshold?: number;
  /** …and the chi-square p-value is below this (chance alone rarely explains the gap). */
  alpha?: number;
}

export const FAIRNESS_DEFAULTS: Required<FairnessOptions> = { minGroupSize: 30, minExpected: 5, ratioThreshold: 0.8, alpha: 0.01 };

export interface GroupAudit {
  group: string;
  /** Declared members in the pool, and in the selection. */
  poolCount: number;
  selectedCount: number;
  /** Shares among the declared members of the pool / of the selection. */
  poolShare: number;
  selectedShare: number;
  /** selectedCount / poolCount: the share of this group the selection reaches. */
  selectionRate: number;
  /** false: too small to count towards the ratio (see FairnessOptions). */
  eligible: boolean;
}

export type AuditStatus = 'ok' | 'flagged' | 'insufficient_data';

export interface AttributeAudit {
  attribute: AuditedAttribute;
  status: AuditStatus;
  /** Candidates with a declared value, in the pool and in the selection. */
  declaredInPool: number;
  declaredSelected: number;
  groups: GroupAudit[];
  /** Four-fifths ratio: lowest / highest selection rate among eligible groups (null when < 2). */
  ratio: number | null;
  lowestGroup: string | null;
  highestGroup: string | null;
  chiSquare: number | null;
  degreesOfFreedom: number | null;
  pValue: number | null;
  /** Why it is flagged or could not be judged, in words. */
  reason: string;
}

export interface SelectionAudit {
  attributes: AttributeAudit[];
  /** "may act as a proxy for age band", one per flagged attribute. */
  flags: string[];
}

export interface SegmentFairness extends SelectionAudit {
  segment: number;
}

export interface FairnessAudit {
  thresholds: Required<FairnessOptions>;
  pool: { size: number; declared: Record<AuditedAttribute, number> };
  segments: SegmentFairness[];
  flaggedSegments: number;
}
