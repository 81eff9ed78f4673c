import type { Demographics } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { FieldError } from '../../common/problem';
import { withPgClient } from '../../database/pg-client';
import { CandidateUpserter, StagedCandidate, UpsertOutcome } from '../bulk/candidate-upsert.repository';
import type { CandidateField } from '../validation/candidate-rules';
import { CandidateDemographicsWriter } from '../demographics/candidate-demographics.repository';

export interface ImportRejection {
  rowNumber: number;
  email: string | null;
  errors: FieldError[];
  raw: string;
  /** True for a row imported with warnings (its invalid optional values left out), not rejected. */
  kept?: boolean;
}

/** What one committed batch adds to the import's counters; `recordsThrough` is the resume point. */
export interface BatchProgress {
  recordsThrough: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warned: number;
}

/** The writes of one batch; everything done through it commits (or rolls back) together. */
export interface ImportBatchTx {
  upsert(rows: readonly StagedCandidate[]): Promise<UpsertOutcome>;
  /** Self-declared audit-only values of the batch's rows, by email (after `upsert`). */
  upsertDemographics(rows: ReadonlyArray<{ email: string; demographics: Demographics }>): Promise<void>;
  addRejections(rejections: readonly ImportRejection[]): Promise<void>;
  recordProgress(progress: BatchProgress): Promise<void>;
}

/** One import's database session: a dedicated connection (COPY and temp tables need one). */
export interface ImportSession {
  /**
   * False when another worker holds this import (a job re-queued while the first run was still
   * alive): the caller must leave it alone.
   */
  readonly owned: boolean;
  setColumns(columns: readonly string[]): Promise<void>;
  /** Prepares the upsert of the given CSV fields; call once, before the first batch. */
  prepareUpsert(fields: ReadonlySet<CandidateField>): Promise<void>;
  batch<T>(fn: (tx: ImportBatchTx) => Promise<T>): Promise<T>;
}

/** Advisory lock namespace of running imports (second key: hashtext of the import id). */
const IMPORT_LOCK_NAMESPACE = 7_041_992;

/** Batch writes of a running import: candidates upserted, rejected rows and the checkpoint in one transaction. */
@Injectable()
export class ImportBatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `fn` on one connection that holds the import's advisory lock for its whole life, so two
   * workers never import the same file at once. A failed connection is discarded, which drops the
   * lock and the temp tables with it.
   */
  withSession<T>(importId: string, fn: (session: ImportSession) => Promise<T>): Promise<T> {
    return withPgClient(this.dataSource, async (client) => {
      const [{ locked }] = (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [IMPORT_LOCK_NAMESPACE, importId])).rows;
      const session = new PgImportSession(client, importId, locked);
      if (!locked) return fn(session);
      const result = await fn(session);
      await session.dispose();
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [IMPORT_LOCK_NAMESPACE, importId]);
      return result;
    });
  }
}

class PgImportSession implements ImportSession {
  private upserter: CandidateUpserter | undefined;

  constructor(
    private readonly client: PoolClient,
    private readonly importId: string,
    readonly owned: boolean,
  ) {}

  async setColumns(columns: readonly string[]): Promise<void> {
    await this.client.query('UPDATE candidate_imports SET columns = $2, updated_at = now() WHERE id = $1', [this.importId, columns]);
  }

  async prepareUpsert(fields: ReadonlySet<CandidateField>): Promise<void> {
    this.upserter = new CandidateUpserter(this.client, fields);
    await this.upserter.prepare();
  }

  async batch<T>(fn: (tx: ImportBatchTx) => Promise<T>): Promise<T> {
    const upserter = this.upserter;
    if (!upserter) throw new Error('prepareUpsert must run before the first batch');
    await this.client.query('BEGIN');
    try {
      // Safe without a synchronous flush: the batch and the checkpoint that points past it commit
      // together, so a crash loses both and the retry redoes the batch.
      await this.client.query('SET LOCAL synchronous_commit = off');
      const result = await fn({
        upsert: (rows) => upserter.upsert(rows),
        upsertDemographics: (rows) => new CandidateDemographicsWriter(this.client).upsertByEmail(rows),
        addRejections: (rejections) => this.addRejections(rejections),
        recordProgress: (progress) => this.recordProgress(progress),
      });
      await this.client.query('COMMIT');
      return result;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async dispose(): Promise<void> {
    await this.upserter?.dispose();
  }

  private async addRejections(rejections: readonly ImportRejection[]): Promise<void> {
    if (rejections.length === 0) return;
    await this.client.query(
      `INSERT INTO candidate_import_rejections (import_id, row_number, email, errors, raw, kept)
       SELECT $1, r.row_number, r.email, r.errors, r.raw, r.kept FROM jsonb_to_recordset($2::jsonb) AS r(row_number int, email text, errors jsonb, raw text, kept boolean)
       ON CONFLICT (import_id, row_number) DO NOTHING`,
      [this.importId, JSON.stringify(rejections.map((r) => ({ row_number: r.rowNumber, email: r.email, errors: r.errors, raw: r.raw, kept: r.kept ?? false })))],
    );
  }

  private async recordProgress(p: BatchProgress): Promise<void> {
    await this.client.query(
      `UPDATE candidate_imports SET rows_processed = $2, created_count = created_count + $3, updated_count = updated_count + $4,
         unchanged_count = unchanged_count + $5, rejected_count = rejected_count + $6, warned_count = warned_count + $7, updated_at = now() WHERE id = $1`,
      [this.importId, p.recordsThrough, p.created, p.updated, p.unchanged, p.rejected, p.warned],
    );
  }
}
