import { auditSegments, encodeGroups } from '@adflux/segmentation';
import type { Demographics, FairnessAudit, FairnessOptions, SegmentFairness } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { CandidateDemographicsService } from '../../candidates';
import type { PoolKeys } from './candidate-features';

/** What a run keeps of its audit: thresholds, the pool's declared counts, each segment's flags. */
export interface RunFairnessSummary {
  thresholds: Required<FairnessOptions>;
  pool: FairnessAudit['pool'];
  flaggedSegments: number;
  segments: Array<{ segment: number; flags: string[] }>;
}

export interface RunFairness {
  summary: RunFairnessSummary;
  /** Full audit per segment index (groups, rates, ratio, p-value), stored on each segment. */
  segments: SegmentFairness[];
}

/**
 * The fairness audit of a finished run: the candidates module's self-declared demographics (read
 * through its service, never as features) lined up with the run's labels, audited per segment.
 */
@Injectable()
export class RunFairnessAudit {
  constructor(private readonly demographics: CandidateDemographicsService) {}

  async audit(pool: PoolKeys, labels: ArrayLike<number>, k: number): Promise<RunFairness> {
    const declared = await this.demographics.forAudit();
    const rows = new Array<Demographics | undefined>(pool.ids.length);
    for (let i = 0; i < rows.length; i++) rows[i] = declared.get(pool.ids.get(i));
    return summarize(auditSegments(encodeGroups(rows), labels, k));
  }
}

export function summarize(audit: FairnessAudit): RunFairness {
  return {
    summary: {
      thresholds: audit.thresholds, pool: audit.pool, flaggedSegments: audit.flaggedSegments,
      segments: audit.segments.map((s) => ({ segment: s.segment, flags: s.flags })),
    },
    segments: audit.segments,
  };
}
