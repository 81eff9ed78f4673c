import { checkModel } from '@adflux/segmentation';
import type { SegmentationModel } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';

/**
 * The model of the run last asked for, parsed once: every candidate event needs it, and a run's
 * model never changes after it succeeded. Keyed by run id, so activating another run just misses.
 */
@Injectable()
export class ModelCache {
  private cached: { runId: string; model: SegmentationModel } | null = null;

  async get(client: PoolClient, runId: string): Promise<SegmentationModel> {
    if (this.cached?.runId === runId) return this.cached.model;
    const { rows } = await client.query<{ model: unknown }>(`SELECT model FROM segmentation_runs WHERE id = $1`, [runId]);
    const model = checkModel(rows[0]?.model);
    this.cached = { runId, model };
    return model;
  }
}
