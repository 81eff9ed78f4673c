import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { FieldError } from '../../common/problem';
import { appConfig } from '../../config/app-config';
import { CandidateUpserter, StagedCandidate } from '../bulk/candidate-upserter';
import { withPgClient } from '../../database/pg-client';
import { CandidatesService } from '../candidates.service';
import { CandidateImport } from '../entities/candidate-import.entity';
import { HeaderMap, readHeader, readRow } from './csv-columns';
import { CsvParser, CsvRecord, toCsvLine } from './csv-parser';
import { FileFacts, inspectFile } from './file-inspection';
import { MalformedFileError } from './malformed-file.error';

interface Rejection {
  rowNumber: number;
  email: string | null;
  errors: FieldError[];
  raw: string;
}

interface Batch {
  valid: Array<StagedCandidate & { fields: string[] }>;
  rejected: Rejection[];
  /** Data records read so far in the file, this batch included (the resume point). */
  recordsThrough: number;
}

const newBatch = (recordsThrough: number): Batch => ({ valid: [], rejected: [], recordsThrough });

/**
 * Imports one uploaded CSV: checks the whole file first (encoding, binary data, header), then
 * streams it through the parser and the shared candidate rules and upserts by email in batches.
 * Each batch commits together with its rejected rows and the import's progress, so a retried job
 * resumes after the last committed batch. Parsing the next batch overlaps with the database
 * writing the previous one; memory stays at about two batches whatever the file size.
 */
@Injectable()
export class CandidateImportRunner {
  private readonly logger = new Logger(CandidateImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
  ) {}

  async run(importId: string, onProgress: (percent: number) => unknown = () => undefined): Promise<void> {
    const found = await this.dataSource.getRepository(CandidateImport).findOneBy({ id: importId });
    if (!found || found.status === 'completed' || found.status === 'failed') return;
    await this.dataSource.query(`UPDATE candidate_imports SET status = 'running', started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = $1`, [importId]);
    let facts: FileFacts;
    try {
      facts = await inspectFile(found.filePath);
    } catch (error) {
      return this.failOnFileError(found, error);
    }
    await this.dataSource.query('UPDATE candidate_imports SET total_rows = $2 WHERE id = $1', [importId, Math.max(0, facts.lines - 1)]);
    try {
      await withPgClient(this.dataSource, (client) => this.stream(found, facts, client, onProgress));
    } catch (error) {
      if (error instanceof MalformedFileError) return this.failOnFileError(found, error);
      throw error;
    }
    await this.dataSource.query(
      `UPDATE candidate_imports SET status = 'completed', total_rows = rows_processed, finished_at = now(), updated_at = now() WHERE id = $1`,
      [importId],
    );
    await unlink(found.filePath).catch(() => undefined);
    await onProgress(100);
  }

  /** Marks the import failed with a message for people (a retry would not help). */
  async fail(importId: string, message: string): Promise<void> {
    const rows: Array<{ file_path: string }> = await this.dataSource.query(
      `UPDATE candidate_imports SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1 AND status <> 'completed' RETURNING file_path`,
      [importId, message],
    );
    // UPDATE ... RETURNING comes back as [rows, count] from TypeORM.
    const path = (rows as unknown as [Array<{ file_path: string }>, number])[0]?.[0]?.file_path;
    if (path) await unlink(path).catch(() => undefined);
  }

  private async failOnFileError(found: CandidateImport, error: unknown): Promise<void> {
    if (error instanceof MalformedFileError) return this.fail(found.id, error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return this.fail(found.id, 'The uploaded file is not available to the worker that ran the import (UPLOAD_DIR must be shared by the api and worker processes). Upload it again.');
    }
    throw error;
  }

  private async stream(found: CandidateImport, facts: FileFacts, client: PoolClient, onProgress: (percent: number) => unknown): Promise<void> {
    const batchSize = appConfig().candidateImportBatchSize;
    const parser = new CsvParser(facts.delimiter);
    const decoder = new TextDecoder('utf-8'); // validity was checked by inspectFile
    const resumeAfter = found.rowsProcessed;
    const totalRows = Math.max(1, facts.lines - 1);
    let header: HeaderMap | undefined;
    let upserter: CandidateUpserter | undefined;
    let records = 0;
    let batch = newBatch(0);
    let inflight: Promise<unknown> = Promise.resolve();

    const flushNow = async () => {
      await inflight; // at most one batch in the database while the next one is parsed
      const full = batch;
      batch = newBatch(records);
      inflight = this.flush(found.id, client, upserter!, full).then(() => onProgress(Math.min(99, Math.floor((full.recordsThrough / totalRows) * 100))));
      inflight.catch(() => undefined); // awaited later; avoid an unhandled rejection meanwhile
    };

    const take = async (recs: CsvRecord[]) => {
      for (const rec of recs) {
        if (!header) {
          if (rec.error) throw new MalformedFileError(`The header row cannot be read: it ${rec.error}.`);
          header = readHeader(rec.fields);
          await client.query('UPDATE candidate_imports SET columns = $2 WHERE id = $1', [found.id, rec.fields]);
          upserter = new CandidateUpserter(client, header.fields);
          await upserter.prepare();
          continue;
        }
        records++;
        if (records <= resumeAfter) continue;
        batch.recordsThrough = records;
        if (rec.error) {
          batch.rejected.push({ rowNumber: rec.line, email: null, errors: [{ field: '(row)', message: rec.error }], raw: rec.raw ?? '' });
        } else {
          const row = readRow(rec.fields, header);
          if (row.input) batch.valid.push({ rowNumber: rec.line, input: row.input, fields: rec.fields });
          else batch.rejected.push({ rowNumber: rec.line, email: row.email ?? null, errors: row.errors, raw: toCsvLine(rec.fields) });
        }
        if (batch.valid.length + batch.rejected.length >= batchSize) await flushNow();
      }
    };

    for await (const chunk of createReadStream(found.filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      await take(parser.push(decoder.decode(chunk, { stream: true })));
    }
    await take(parser.end(parser.push(decoder.decode())));
    if (!header) throw new MalformedFileError('The file is empty.');
    if (batch.valid.length + batch.rejected.length > 0 || records === 0) await flushNow();
    await inflight;
    await upserter!.dispose();
  }

  private async flush(importId: string, client: PoolClient, upserter: CandidateUpserter, batch: Batch): Promise<void> {
    await client.query('BEGIN');
    try {
      // Safe without a synchronous flush: the batch and the progress that points past it commit
      // together, so a crash loses both and the retry redoes the batch.
      await client.query('SET LOCAL synchronous_commit = off');
      const outcome = await upserter.upsert(batch.valid);
      const rejected = [...batch.rejected];
      if (outcome.duplicates.length) {
        const byRow = new Map(batch.valid.map((v) => [v.rowNumber, v]));
        for (const d of outcome.duplicates) {
          const row = byRow.get(d.rowNumber)!;
          rejected.push({ rowNumber: d.rowNumber, email: row.input.email, errors: [{ field: 'email', message: `appears earlier in this file (line ${d.firstRowNumber})` }], raw: toCsvLine(row.fields) });
        }
      }
      if (rejected.length) {
        await client.query(
          `INSERT INTO candidate_import_rejections (import_id, row_number, email, errors, raw)
           SELECT $1, r.row_number, r.email, r.errors, r.raw FROM jsonb_to_recordset($2::jsonb) AS r(row_number int, email text, errors jsonb, raw text)
           ON CONFLICT (import_id, row_number) DO NOTHING`,
          [importId, JSON.stringify(rejected.map((r) => ({ row_number: r.rowNumber, email: r.email, errors: r.errors, raw: r.raw })))],
        );
      }
      await client.query(
        `UPDATE candidate_imports SET rows_processed = $2, created_count = created_count + $3, updated_count = updated_count + $4,
           unchanged_count = unchanged_count + $5, rejected_count = rejected_count + $6, updated_at = now() WHERE id = $1`,
        [importId, batch.recordsThrough, outcome.created.length, outcome.updated.length, outcome.unchanged, rejected.length],
      );
      await client.query('COMMIT');
      this.candidates.upserted([...outcome.created, ...outcome.updated]);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      this.logger.warn({ importId, err: error }, 'import batch failed; the job will retry from the last committed batch');
      throw error;
    }
  }
}
