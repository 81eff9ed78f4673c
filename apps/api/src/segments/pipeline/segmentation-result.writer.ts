import type { SegmentationResult } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { SegmentAssignmentsRepository } from '../assignments/segment-assignments.repository';
import { SegmentActivation } from '../runs/segment-activation';
import { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';
import { NewSegment, SegmentsRepository } from '../segments.repository';
import type { PoolKeys } from './candidate-features';
import type { RunFairness } from './run-fairness';
import { RunFairnessRepository } from './run-fairness.repository';
import type { RunProgressTracker } from './run-progress';
import { DESCRIPTION_MAX, storableNames } from './segment-names';

/**
 * Stores a finished run in one transaction: its segments (with their fairness audit), every candidate's assignment (COPY),
 * the run itself, and — when no run is active yet — its activation. A failure leaves nothing
 * behind, so the previous active run is untouched.
 */
@Injectable()
export class SegmentationResultWriter {
  constructor(
    private readonly runs: SegmentationRunsRepository,
    private readonly segments: SegmentsRepository,
    private readonly assignments: SegmentAssignmentsRepository,
    private readonly activation: SegmentActivation,
    private readonly fairness: RunFairnessRepository,
  ) {}

  /** Returns the activation time when this run became the active one. */
  save(runId: string, pool: PoolKeys, result: SegmentationResult, fairness: RunFairness, progress: RunProgressTracker): Promise<Date | null> {
    return this.runs.transaction(async (tx) => {
      await progress.write(0);
      await this.segments.insertForRun(tx, runId, newSegments(result));
      await this.assignments.copyRun(tx, runId, pool, result.labels, result.distances, (f) => progress.write(f));
      await progress.activate();
      // After the last progress write: progress goes to the run row on another connection, which this row lock would block.
      await this.fairness.save(tx, runId, fairness);
      await this.runs.complete(tx, runId, result, pool.ids.length, progress.timings());
      return this.activation.activateIfNoneActive(tx, runId);
    });
  }
}

/** The run's profiles as stored segments: names made unique and short enough, descriptions capped. */
function newSegments({ profiles }: SegmentationResult): NewSegment[] {
  const names = storableNames(profiles.map((p) => p.name));
  return profiles.map((p, i) => ({
    index: p.segment,
    name: names[i],
    description: p.description.slice(0, DESCRIPTION_MAX),
    profile: p,
    size: p.size,
    share: p.share,
  }));
}
