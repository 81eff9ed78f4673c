import { Injectable } from '@nestjs/common';
import type { PgTransaction } from '../../database/pg-transaction';
import { SegmentAssignmentsRepository } from '../assignments/segment-assignments.repository';
import { SegmentationRunsRepository } from './segmentation-runs.repository';

/**
 * Making a run the current segmentation: one short transaction that moves the `active` flag.
 * Segments, profiles, member lists and each candidate's segment read the run's own assignments,
 * so they all switch at once; candidates the run never saw are placed by the placement job.
 * Every method runs inside the caller's transaction (`tx`).
 */
@Injectable()
export class SegmentActivation {
  constructor(
    private readonly runs: SegmentationRunsRepository,
    private readonly assignments: SegmentAssignmentsRepository,
  ) {}

  /** Activates a succeeded run; returns its new activated_at, or null if it was already active. */
  async activate(tx: PgTransaction, runId: string): Promise<Date | null> {
    await this.runs.lockActivationExclusive(tx);
    if ((await this.runs.findActiveId(tx)) === runId) return null;
    return this.makeActive(tx, runId);
  }

  /** The first successful run becomes current on its own; later ones wait for a person. */
  async activateIfNoneActive(tx: PgTransaction, runId: string): Promise<Date | null> {
    await this.runs.lockActivationExclusive(tx);
    if ((await this.runs.findActiveId(tx)) !== null) return null;
    return this.makeActive(tx, runId);
  }

  /** Only the active run's copies of the candidates' sort keys follow every write: this one catches up first. */
  private async makeActive(tx: PgTransaction, runId: string): Promise<Date> {
    const activatedAt = await this.runs.makeActive(tx, runId);
    await this.assignments.catchUpOnActivation(tx, runId);
    return activatedAt;
  }
}
