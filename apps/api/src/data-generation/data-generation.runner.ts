import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { CandidateUpserter } from '../candidates/bulk/candidate-upsert.repository';
import { withPgClient } from '../database/pg-client';
import { CandidatesService } from '../candidates/candidates.service';
import { appConfig } from '../config/app-config';
import { DataGenerationRun } from './entities/data-generation-run.entity';
import { createGenerator } from './generator-factory';
import { insertGeneratedJobs } from './job-writer';
import type { SyntheticDataGenerator } from './synthetic-data.port';

/**
 * Runs one generation: jobs first, then candidates, each batch committed with the run's counters.
 * A retried run replays from the start: jobs carry external refs (`synthetic:<run>:<n>`) and
 * candidates are upserted by email, so nothing is stored twice and the created counts stay right.
 */
@Injectable()
export class DataGenerationRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
  ) {}

  async run(runId: string, onProgress: (percent: number) => unknown = () => undefined): Promise<void> {
    const run = await this.dataSource.getRepository(DataGenerationRun).findOneBy({ id: runId });
    if (!run || run.status === 'completed' || run.status === 'failed') return;
    await this.dataSource.query(`UPDATE data_generation_runs SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = $1`, [runId]);
    const generator = createGenerator(appConfig(), run.seed);
    const total = Math.max(1, run.jobsRequested + run.candidatesRequested);
    let dropped = 0;
    await withPgClient(this.dataSource, async (client) => {
      let jobs = 0;
      for await (const batch of generator.jobs(run.jobsRequested)) {
        const refs = batch.items.map((item, i) => ({ ...item, externalRef: `synthetic:${run.id}:${jobs + i}` }));
        jobs += batch.items.length + batch.dropped;
        dropped += batch.dropped;
        await this.inTransaction(client, async () => {
          const created = await insertGeneratedJobs(client, refs);
          await client.query(
            'UPDATE data_generation_runs SET jobs_processed = $2, jobs_created = jobs_created + $3, items_dropped = $4, updated_at = now() WHERE id = $1',
            [runId, jobs, created.length, dropped],
          );
        });
        await onProgress(Math.floor((jobs / total) * 100));
      }
      await this.generateCandidates(run, generator, client, jobs, dropped, total, onProgress);
    });
    await this.dataSource.query(`UPDATE data_generation_runs SET status = 'completed', finished_at = now(), updated_at = now() WHERE id = $1`, [runId]);
    await onProgress(100);
  }

  async fail(runId: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE data_generation_runs SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1 AND status <> 'completed'`,
      [runId, message],
    );
  }

  private async generateCandidates(
    run: DataGenerationRun, generator: SyntheticDataGenerator, client: PoolClient, jobs: number, droppedSoFar: number, total: number, onProgress: (percent: number) => unknown,
  ): Promise<void> {
    if (run.candidatesRequested === 0) return;
    const upserter = new CandidateUpserter(client, 'all');
    await upserter.prepare();
    let processed = 0;
    let dropped = droppedSoFar;
    for await (const batch of generator.candidates(run.candidatesRequested)) {
      const staged = batch.items.map(({ createdAt: _createdAt, ...input }, i) => ({ rowNumber: processed + i + 1, input }));
      processed += batch.items.length + batch.dropped;
      dropped += batch.dropped;
      const outcome = await this.inTransaction(client, async () => {
        const result = await upserter.upsert(staged);
        await client.query(
          `UPDATE data_generation_runs SET candidates_processed = $2, candidates_created = candidates_created + $3, candidates_updated = candidates_updated + $4,
             items_dropped = $5, updated_at = now() WHERE id = $1`,
          [run.id, processed, result.created.length, result.updated.length, dropped + result.duplicates.length],
        );
        return result;
      });
      dropped += outcome.duplicates.length;
      this.candidates.upserted([...outcome.created, ...outcome.updated]);
      await onProgress(Math.min(99, Math.floor(((jobs + processed) / total) * 100)));
    }
    await upserter.dispose();
  }

  private async inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
