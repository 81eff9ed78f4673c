import type { SegmentationResult } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PoolKeys } from './candidate-features';
import { inPgTransaction } from '../pg-transaction';
import type { RunProgressTracker } from './run-progress';
import { SegmentActivation } from '../runs/segment-activation';
import { SegmentAssignmentsRepository } from '../assignments/segment-assignments.repository';
import { DESCRIPTION_MAX, storableNames } from './segment-names';
import { SegmentationRunsRepository } from '../runs/segmentation-runs.repository';

/**
 * Stores a finished run in one transaction: its segments, every candidate's assignment (COPY),
 * the run itself, and — when no run is active yet — its activation. A failure leaves nothing
 * behind, so the previous active run is untouched.
 */
@Injectable()
export class SegmentationResultWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: SegmentationRunsRepository,
    private readonly assignments: SegmentAssignmentsRepository,
    private readonly activation: SegmentActivation,
  ) {}

  /** Returns the activation time when this run became the active one. */
  save(runId: string, pool: PoolKeys, result: SegmentationResult, progress: RunProgressTracker): Promise<Date | null> {
    return inPgTransaction(this.dataSource, async ({ client }) => {
      await progress.write(0);
      await this.insertSegments(client, runId, result);
      await this.assignments.copyRun(client, runId, pool, result.labels, result.distances, (f) => progress.write(f));
      await progress.activate();
      await this.runs.complete(client, runId, result, pool.ids.length, progress.timings());
      return this.activation.activateIfNoneActive(client, runId);
    });
  }

  private async insertSegments(client: PoolClient, runId: string, result: SegmentationResult): Promise<void> {
    const { profiles } = result;
    const names = storableNames(profiles.map((p) => p.name));
    await client.query(
      `INSERT INTO segments (run_id, index, name, generated_name, description, profile, size, share)
       SELECT $1, p.index, p.name, p.name, p.description, p.profile, p.size, p.share
         FROM jsonb_to_recordset($2::jsonb) AS p(index int, name text, description text, profile jsonb, size int, share float8)`,
      [
        runId,
        JSON.stringify(
          profiles.map((p, i) => ({
            index: p.segment,
            name: names[i],
            description: p.description.slice(0, DESCRIPTION_MAX),
            profile: p,
            size: p.size,
            share: p.share,
          })),
        ),
      ],
    );
  }
}
