import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, Repository } from 'typeorm';
import { withPgClient } from '../database/pg-client';
import { DataGenerationRun } from './entities/data-generation-run.entity';

/** Counters a committed jobs batch leaves on the run (processed and dropped are totals so far). */
export interface JobsBatchCounts {
  processed: number;
  created: number;
  dropped: number;
}

export interface CandidatesBatchCounts extends JobsBatchCounts {
  updated: number;
}

/** One connection for a whole run: bulk writers keep session state (temp tables) across batches. */
export interface GenerationSession {
  client: PoolClient;
  /** One batch: its rows and the run's counters commit together, so a replay resumes exactly. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

/** data_generation_runs: the run row is the source of truth for progress and recovery. */
@Injectable()
export class DataGenerationRunsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DataGenerationRun) private readonly runs: Repository<DataGenerationRun>,
  ) {}

  insert(fields: Partial<DataGenerationRun>): Promise<DataGenerationRun> {
    return this.runs.save(this.runs.create(fields));
  }

  findById(id: string): Promise<DataGenerationRun | null> {
    return this.runs.findOneBy({ id });
  }

  /** queued → running (started_at kept from a first attempt). */
  async markRunning(id: string): Promise<void> {
    await this.runs.query(`UPDATE data_generation_runs SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = $1`, [id]);
  }

  async markCompleted(id: string): Promise<void> {
    await this.runs.query(`UPDATE data_generation_runs SET status = 'completed', finished_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  /** A completed run stays completed. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.runs.query(
      `UPDATE data_generation_runs SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1 AND status <> 'completed'`,
      [id, error],
    );
  }

  async saveJobsBatch(client: PoolClient, id: string, counts: JobsBatchCounts): Promise<void> {
    await client.query(
      'UPDATE data_generation_runs SET jobs_processed = $2, jobs_created = jobs_created + $3, items_dropped = $4, updated_at = now() WHERE id = $1',
      [id, counts.processed, counts.created, counts.dropped],
    );
  }

  async saveCandidatesBatch(client: PoolClient, id: string, counts: CandidatesBatchCounts): Promise<void> {
    await client.query(
      `UPDATE data_generation_runs SET candidates_processed = $2, candidates_created = candidates_created + $3, candidates_updated = candidates_updated + $4,
         items_dropped = $5, updated_at = now() WHERE id = $1`,
      [id, counts.processed, counts.created, counts.updated, counts.dropped],
    );
  }

  /** Runs still owed work (queued or running) that nothing touched for `graceMs`: the reconciler's candidates. */
  async findUnfinished(graceMs: number, limit = 100): Promise<Array<Pick<DataGenerationRun, 'id' | 'status'>>> {
    return this.runs.query(
      `SELECT id, status FROM data_generation_runs
        WHERE status IN ('queued','running') AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY updated_at LIMIT $2`,
      [graceMs, limit],
    );
  }

  /** One pooled connection for the whole run, with per-batch transactions on it. */
  withSession<T>(work: (session: GenerationSession) => Promise<T>): Promise<T> {
    return withPgClient(this.dataSource, (client) => work({ client, transaction: (batch) => inClientTransaction(client, batch) }));
  }
}

async function inClientTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
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
