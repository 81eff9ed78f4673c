import type { SegmentationResult } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { Repository } from 'typeorm';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { SegmentationRunDto } from '../dto/run.dto';
import { RunStatus, SegmentationRun } from '../entities/segmentation-run.entity';
import { readRunParameters, RunParameters } from './run-parameters';
import type { RunProgress, RunTimings } from '../pipeline/run-progress';

export interface ClaimedRun {
  id: string;
  parameters: RunParameters;
}

/** Reads and writes of segmentation_runs beyond find/save: the run lifecycle and keyset lists. */
@Injectable()
export class SegmentationRunsRepository {
  constructor(@InjectRepository(SegmentationRun) private readonly runs: Repository<SegmentationRun>) {}

  /**
   * queued → running. A run found already running belongs to a worker that died (its stalled
   * job came back): it restarts from scratch. Anything else is finished: null, nothing to do.
   */
  async claim(runId: string): Promise<ClaimedRun | null> {
    const [rows] = await this.runs.query(
      `UPDATE segmentation_runs
          SET status = 'running', started_at = now(), phase = 'load', progress = 0, error = NULL, timings = '{}'
        WHERE id = $1 AND status IN ('queued','running')
        RETURNING id, parameters`,
      [runId],
    );
    const row = (rows as Array<{ id: string; parameters: unknown }>)[0];
    return row ? { id: row.id, parameters: readRunParameters(row.parameters) } : null;
  }

  async saveProgress(runId: string, progress: RunProgress, timings: RunTimings): Promise<void> {
    await this.runs.query(
      `UPDATE segmentation_runs SET phase = $2, progress = $3, timings = $4 WHERE id = $1 AND status = 'running'`,
      [runId, progress.phase, progress.percent, JSON.stringify(timings)],
    );
  }

  async markFailed(runId: string, error: string, timings: RunTimings): Promise<void> {
    await this.runs.query(
      `UPDATE segmentation_runs SET status = 'failed', error = $2, timings = $3, phase = NULL, finished_at = now()
        WHERE id = $1 AND status IN ('queued','running')`,
      [runId, error.slice(0, 4000), JSON.stringify(timings)],
    );
  }

  /** running → succeeded with the model and everything the UI shows (inside the write transaction). */
  async complete(client: PoolClient, runId: string, result: SegmentationResult, candidateCount: number, timings: RunTimings): Promise<void> {
    const { model } = result;
    await client.query(
      `UPDATE segmentation_runs
          SET status = 'succeeded', phase = NULL, progress = 100, finished_at = now(),
              model = $2, k = $3, silhouette = $4, inertia = $5, silhouette_by_k = $6, sizes = $7,
              training = $8, map = $9, notes = $10, candidate_count = $11, timings = $12
        WHERE id = $1 AND status = 'running'`,
      [
        runId,
        JSON.stringify(model),
        model.k,
        finiteOrNull(model.metrics.silhouette),
        finiteOrNull(model.metrics.inertia),
        JSON.stringify(model.silhouetteByK),
        JSON.stringify(model.metrics.sizes),
        JSON.stringify(model.training),
        JSON.stringify(result.map),
        JSON.stringify(result.notes),
        candidateCount,
        JSON.stringify(timings),
      ],
    );
  }

  async saveTimings(runId: string, timings: RunTimings): Promise<void> {
    await this.runs.query(`UPDATE segmentation_runs SET timings = $2 WHERE id = $1`, [runId, JSON.stringify(timings)]);
  }

  /** Newest first; keyset on (created_at, id). */
  async list(limit: number, cursor: string | undefined, status: RunStatus | undefined): Promise<Page<SegmentationRunDto>> {
    const after = decodeCursor(cursor, 2);
    const qb = this.runs.createQueryBuilder('r').orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit + 1);
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :id)', { at: new Date(String(after[0])), id: String(after[1]) });
    if (status) qb.andWhere('r.status = :status', { status });
    const rows = await qb.getMany();
    return toPage(rows, limit, SegmentationRunDto.from, (r) => [r.createdAt.toISOString(), r.id]);
  }

  findOne(id: string, withDetail = false): Promise<SegmentationRun | null> {
    const qb = this.runs.createQueryBuilder('r').where('r.id = :id', { id });
    if (withDetail) qb.addSelect('r.map');
    return qb.getOne();
  }

  findActive(): Promise<SegmentationRun | null> {
    return this.runs.findOneBy({ active: true });
  }

  findInFlight(): Promise<SegmentationRun[]> {
    return this.runs.find({ where: [{ status: 'queued' }, { status: 'running' }] });
  }

  /** The stored model of a run (not selected by default: it is the largest column). */
  async findModel(runId: string): Promise<unknown> {
    const rows: Array<{ model: unknown }> = await this.runs.query(`SELECT model FROM segmentation_runs WHERE id = $1`, [runId]);
    return rows[0]?.model ?? null;
  }
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
