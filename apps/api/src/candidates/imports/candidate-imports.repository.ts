import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { FieldError } from '../../common/problem';
import { CandidateImport } from '../entities/candidate-import.entity';
import { IdName, namesByIds } from '../../database/names-by-ids';

export type NewCandidateImport = Pick<CandidateImport, 'fileName' | 'filePath' | 'fileSize' | 'createdBy' | 'options'>;

export interface StoredRejection {
  rowNumber: number;
  errors: FieldError[];
  /** The record as CSV text (empty when nothing could be read). */
  raw: string;
}

/** An import owed work: the reconciler checks that its Bull job is still alive. */
export interface UnfinishedImport {
  id: string;
  status: 'queued' | 'running';
}

/** The candidate_imports and candidate_import_rejections tables (per-batch writes: ImportBatchesRepository). */
@Injectable()
export class CandidateImportsRepository {
  constructor(
    @InjectRepository(CandidateImport) private readonly imports: Repository<CandidateImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.dataSource, 'candidate_imports', 'file_name', ids);
  }

  findById(id: string): Promise<CandidateImport | null> {
    return this.imports.findOneBy({ id });
  }

  createQueued(fields: NewCandidateImport): Promise<CandidateImport> {
    return this.imports.save(
      this.imports.create({ ...fields, status: 'queued', rowsProcessed: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0, warnedCount: 0 }),
    );
  }

  /** Newest first, keyset on (created_at, id); fetches limit + 1 rows so the caller can tell if there is more. */
  page(limit: number, after?: { createdAt: string; id: string }): Promise<CandidateImport[]> {
    const qb = this.imports.createQueryBuilder('i').orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').limit(limit + 1);
    if (after) qb.where('(i.created_at, i.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return qb.getMany();
  }

  async markRunning(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE candidate_imports SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = $1`, [id]);
  }

  async setEstimatedRows(id: string, rows: number): Promise<void> {
    await this.dataSource.query('UPDATE candidate_imports SET total_rows = $2, updated_at = now() WHERE id = $1', [id, rows]);
  }

  async markCompleted(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE candidate_imports SET status = 'completed', total_rows = rows_processed, finished_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Marks an unfinished import failed; returns its file path (to delete), or null when it had already ended. */
  async markFailed(id: string, message: string): Promise<string | null> {
    // A CTE so TypeORM hands back plain rows (for UPDATE ... RETURNING it returns [rows, count]).
    const rows: Array<{ file_path: string }> = await this.dataSource.query(
      `WITH u AS (UPDATE candidate_imports SET status = 'failed', error = $2, finished_at = now(), updated_at = now()
                   WHERE id = $1 AND status IN ('queued', 'running') RETURNING file_path)
       SELECT file_path FROM u`,
      [id, message],
    );
    return rows[0]?.file_path ?? null;
  }

  /** Queued or running imports untouched for `idleMs` (a running import touches its row with every batch). */
  async findIdleUnfinished(idleMs: number, limit: number): Promise<UnfinishedImport[]> {
    return this.dataSource.query(
      `SELECT id, status FROM candidate_imports
        WHERE status IN ('queued', 'running') AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY updated_at LIMIT $2`,
      [idleMs, limit],
    );
  }

  /** Rejected rows in file order after `afterRow` (pages of the rejected-rows CSV and of the error list). */
  rejections(importId: string, afterRow: number, limit: number): Promise<StoredRejection[]> {
    return this.rowNotes(importId, false, afterRow, limit);
  }

  /** Rows imported without some invalid optional values, in file order, with those warnings. */
  warnings(importId: string, afterRow: number, limit: number): Promise<StoredRejection[]> {
    return this.rowNotes(importId, true, afterRow, limit);
  }

  private async rowNotes(importId: string, kept: boolean, afterRow: number, limit: number): Promise<StoredRejection[]> {
    const rows: Array<{ row_number: number; errors: FieldError[]; raw: string }> = await this.dataSource.query(
      'SELECT row_number, errors, raw FROM candidate_import_rejections WHERE import_id = $1 AND kept = $2 AND row_number > $3 ORDER BY row_number LIMIT $4',
      [importId, kept, afterRow, limit],
    );
    return rows.map((r) => ({ rowNumber: r.row_number, errors: r.errors, raw: r.raw }));
  }
}
