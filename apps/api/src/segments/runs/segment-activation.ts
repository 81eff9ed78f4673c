import { Injectable } from '@nestjs/common';
import type { PgTransaction } from '../../database/pg-transaction';
import { SegmentationRunsRepository } from './segmentation-runs.repository';

/**
 * Making a run the current segmentation: one short transaction that moves the `active` flag.
 * Segments, profiles, member lists and each candidate's segment read the run's own assignments,
 * so they all switch at once; candidates the run never saw are placed by the placement job.
 * Every method runs inside the caller's transaction (`tx`).
 */
@Injectable()
export class SegmentActivation {
  constructor(private readonly runs: SegmentationRunsRepository) {}

  /** Activates a succeeded run; returns its new activated_at, or null if it was already active. */
  async activate(tx: PgTransaction, runId: string): Promise<Date | null> {
    await this.runs.lockActivationExclusive(tx);
    if ((await this.runs.findActiveId(tx)) === runId) return null;
    return this.runs.makeActive(tx, runId);
  }

  /** The first successful run becomes current on its own; later ones wait for a person. */
  async activateIfNoneActive(tx: PgTransaction, runId: string): Promise<Date | null> {
    await this.runs.lockActivationExclusive(tx);
    if ((await this.runs.findActiveId(tx)) !== null) return null;
    return this.runs.makeActive(tx, runId);
  }
}
