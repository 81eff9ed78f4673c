import { checkModel } from '@adflux/segmentation';
import type { SegmentationModel } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import type { PgTransaction } from '../../database/pg-transaction';
import { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';

/**
 * The model of the run last asked for, parsed once: every candidate event needs it, and a run's
 * model never changes after it succeeded. Keyed by run id, so activating another run just misses.
 */
@Injectable()
export class ModelCache {
  private cached: { runId: string; model: SegmentationModel } | null = null;

  constructor(private readonly runs: SegmentationRunsRepository) {}

  /** Read inside the caller's transaction on a miss. */
  async get(tx: PgTransaction, runId: string): Promise<SegmentationModel> {
    if (this.cached?.runId === runId) return this.cached.model;
    const model = checkModel(await this.runs.findModel(runId, tx));
    this.cached = { runId, model };
    return model;
  }
}
