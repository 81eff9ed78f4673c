import { assign } from '@adflux/segmentation';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { PgTransaction } from '../../database/pg-transaction';
import { CandidateFeaturesRepository } from '../pipeline/candidate-features.repository';
import { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';
import { ModelCache } from './active-model.cache';
import { SegmentAssignmentsRepository } from './segment-assignments.repository';

/** Candidates assigned per transaction when placing new or changed candidates. */
const ASSIGN_BATCH = 2_000;

/**
 * Places candidates in the active run's segments with its stored model (no retraining): new or
 * changed candidates as they are written, and after an activation those the run never saw.
 * Everyone else needs nothing: a candidate's segment is read from the active run's assignments.
 * Each batch holds the shared activation lock and re-checks the run is still current, so an
 * activation in between is never overwritten by a stale batch.
 */
@Injectable()
export class CandidatePlacement implements OnModuleDestroy {
  private readonly logger = new Logger(CandidatePlacement.name);
  /** Set on shutdown: placement stops between batches instead of holding the process (and Bull's close). */
  private stopping = false;

  constructor(
    private readonly runs: SegmentationRunsRepository,
    private readonly features: CandidateFeaturesRepository,
    private readonly assignments: SegmentAssignmentsRepository,
    private readonly models: ModelCache,
  ) {}

  onModuleDestroy(): void {
    this.stopping = true;
  }

  /** New or changed candidates → nearest segment of the active run. No active run: nothing to do. */
  async assignCandidates(candidateIds: readonly string[]): Promise<number> {
    let assigned = 0;
    for (let from = 0; from < candidateIds.length; from += ASSIGN_BATCH) {
      const ids = candidateIds.slice(from, from + ASSIGN_BATCH);
      assigned += await this.runs.transaction(async (tx) => {
        await this.runs.lockActivationShared(tx);
        const activeId = await this.runs.findActiveId(tx);
        return activeId ? this.assignWithin(tx, activeId, ids) : 0;
      });
    }
    return assigned;
  }

  /**
   * After `runId` was activated at `activatedAt`: places the candidates it holds no assignment
   * for (created after it loaded its data) or a stale one (changed since), then records
   * candidates_synced_at and the time it took (timings.place). Stops early once another
   * activation happened ('superseded'), or when the process shuts down ('interrupted': the
   * reconciler enqueues it again; placing a candidate twice is harmless).
   */
  async placeUnseen(runId: string, activatedAt: Date): Promise<'placed' | 'superseded' | 'interrupted'> {
    const started = performance.now();
    const startedAt = await this.runs.findStartedAt(runId);
    if (!startedAt) return 'superseded';
    const stale = await this.features.staleForRun(runId, startedAt);
    for (let from = 0; from < stale.length; from += ASSIGN_BATCH) {
      if (this.stopping) return 'interrupted';
      const ids = stale.slice(from, from + ASSIGN_BATCH);
      const current = await this.whileCurrent(runId, activatedAt, (tx) => this.assignWithin(tx, runId, ids));
      if (current === undefined) return 'superseded';
    }
    const ms = Math.round(performance.now() - started);
    await this.runs.markCandidatesSynced(runId, activatedAt, ms);
    this.logger.log({ runId, stale: stale.length, ms }, 'candidates the active segmentation had not seen are placed');
    return 'placed';
  }

  /** Runs `fn` in a transaction if the run is still the one activated at `activatedAt`; undefined otherwise. */
  private whileCurrent<T>(runId: string, activatedAt: Date, fn: (tx: PgTransaction) => Promise<T>): Promise<T | undefined> {
    return this.runs.transaction(async (tx) => {
      await this.runs.lockActivationShared(tx);
      return (await this.runs.isActiveSince(tx, runId, activatedAt)) ? fn(tx) : undefined;
    });
  }

  private async assignWithin(tx: PgTransaction, runId: string, ids: readonly string[]): Promise<number> {
    const candidates = await this.features.loadByIds(tx, ids);
    if (candidates.length === 0) return 0;
    const model = await this.models.get(tx, runId);
    await this.assignments.writeCurrent(tx, runId, assign(model, candidates));
    return candidates.length;
  }
}
