import type { Demographics } from '@adflux/segmentation';
import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AppConfig, InjectConfig } from '../../config/config.module';
import type { StagedCandidate } from '../bulk/candidate-upsert.repository';
import type { CandidateField } from '../validation/candidate-rules';
import { CandidatesService } from '../candidates.service';
import { CandidateImport } from '../entities/candidate-import.entity';
import { CandidateImportsRepository } from './candidate-imports.repository';
import { HeaderMap, isCommentRecord, readHeader } from './csv-columns';
import { readRow, RowOptions } from './csv-row';
import { CsvParser, CsvRecord, toCsvLine } from './csv-parser';
import { FileFacts, inspectFile } from './file-inspection';
import { ImportBatchesRepository, ImportRejection, ImportSession } from './import-batches.repository';
import {
  CANDIDATE_IMPORT_FAILED, CANDIDATE_IMPORT_FINISHED, CANDIDATE_IMPORT_PROGRESS, CandidateImportEndedEvent, CandidateImportProgressEvent,
} from './import-events';
import { MalformedFileError } from './malformed-file.error';

interface Batch {
  valid: Array<StagedCandidate & { fields: string[]; demographics?: Demographics }>;
  rejected: ImportRejection[];
  /** Rows kept without their invalid optional values (stored as kept row notes). */
  warned: ImportRejection[];
  /** Data records read so far in the file, this batch included (the resume point). */
  recordsThrough: number;
}

const newBatch = (recordsThrough: number): Batch => ({ valid: [], rejected: [], warned: [], recordsThrough });

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
    private readonly imports: CandidateImportsRepository,
    private readonly batches: ImportBatchesRepository,
    private readonly candidates: CandidatesService,
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  async run(importId: string, reportJob: (percent: number) => unknown = () => undefined): Promise<void> {
    // Each report follows a committed batch: the row already says so when listeners hear of it.
    const onProgress = (percent: number) => {
      this.announceProgress({ importId, status: percent >= 100 ? 'completed' : 'running', percent });
      return reportJob(percent);
    };
    const found = await this.imports.findById(importId);
    if (!found || found.status === 'completed' || found.status === 'failed') return;
    await this.batches.withSession(importId, async (session) => {
      if (!session.owned) {
        this.logger.warn({ importId }, 'another worker is running this import; leaving it alone');
        return;
      }
      await this.imports.markRunning(importId);
      let facts: FileFacts;
      try {
        facts = await inspectFile(found.filePath);
        await this.imports.setEstimatedRows(importId, Math.max(0, facts.lines - 1));
        await this.stream(found, facts, session, onProgress);
      } catch (error) {
        return this.failOnFileError(found, error);
      }
      await this.imports.markCompleted(importId);
      await unlink(found.filePath).catch(() => undefined);
      await onProgress(100);
      await this.announceEnd(CANDIDATE_IMPORT_FINISHED, importId);
    });
  }

  /** Marks the import failed with a message for people (a retry would not help). */
  async fail(importId: string, message: string): Promise<void> {
    const path = await this.imports.markFailed(importId, message);
    if (!path) return; // had already ended: announced then
    await unlink(path).catch(() => undefined);
    this.announceProgress({ importId, status: 'failed', percent: 0 });
    await this.announceEnd(CANDIDATE_IMPORT_FAILED, importId, message);
  }

  /** Progress for live updates (SSE): each report follows a committed batch. */
  private announceProgress(event: CandidateImportProgressEvent): void {
    this.events.emit(CANDIDATE_IMPORT_PROGRESS, event);
  }

  /** Tells listeners (notifications) how the import ended, with its counts as committed. */
  private async announceEnd(event: typeof CANDIDATE_IMPORT_FINISHED | typeof CANDIDATE_IMPORT_FAILED, importId: string, error?: string): Promise<void> {
    const row = await this.imports.findById(importId);
    if (!row) return;
    this.events.emit(event, {
      importId, fileName: row.fileName, ownerUserId: row.createdBy ?? null,
      created: row.createdCount, updated: row.updatedCount, rejected: row.rejectedCount, ...(error ? { error } : {}),
    } satisfies CandidateImportEndedEvent);
  }

  /** A broken file fails the import for good; anything else is rethrown for a Bull retry. */
  private async failOnFileError(found: CandidateImport, error: unknown): Promise<void> {
    if (error instanceof MalformedFileError) return this.fail(found.id, error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return this.fail(found.id, 'The uploaded file is not available to the worker that ran the import (UPLOAD_DIR must be shared by the api and worker processes). Upload it again.');
    }
    throw error;
  }

  private async stream(found: CandidateImport, facts: FileFacts, session: ImportSession, onProgress: (percent: number) => unknown): Promise<void> {
    const batchSize = this.config.candidateImportBatchSize;
    const parser = new CsvParser(facts.delimiter);
    const decoder = new TextDecoder('utf-8'); // validity was checked by inspectFile
    const resumeAfter = found.rowsProcessed;
    const rowOptions: RowOptions = { defaultSalaryCurrency: found.options?.defaultSalaryCurrency ?? this.config.defaultSalaryCurrency };
    const totalRows = Math.max(1, facts.lines - 1);
    let header: HeaderMap | undefined;
    let records = 0;
    let batch = newBatch(0);
    let inflight: Promise<unknown> = Promise.resolve();

    const flushNow = async () => {
      await inflight; // at most one batch in the database while the next one is parsed
      const full = batch;
      batch = newBatch(records);
      inflight = this.flush(found.id, session, full).then(() => onProgress(Math.min(99, Math.floor((full.recordsThrough / totalRows) * 100))));
      inflight.catch(() => undefined); // awaited later; avoid an unhandled rejection meanwhile
    };

    const take = async (recs: CsvRecord[]) => {
      for (const rec of recs) {
        if (!header) {
          if (rec.error) throw new MalformedFileError(`The header row cannot be read: it ${rec.error}.`);
          header = readHeader(rec.fields, found.options?.mapping);
          await session.setColumns(rec.fields);
          await session.prepareUpsert(fieldsToWrite(header, rowOptions));
          continue;
        }
        if (!rec.error && isCommentRecord(rec.fields)) continue;
        records++;
        if (records <= resumeAfter) continue;
        batch.recordsThrough = records;
        if (rec.error) {
          batch.rejected.push({ rowNumber: rec.line, email: null, errors: [{ field: '(row)', message: rec.error }], raw: rec.raw ?? '' });
        } else {
          const row = readRow(rec.fields, header, rowOptions);
          if (row.input) batch.valid.push({ rowNumber: rec.line, input: row.input, fields: rec.fields, demographics: row.demographics });
          if (row.input && row.warnings.length) batch.warned.push({ rowNumber: rec.line, email: row.email ?? null, errors: row.warnings, raw: '', kept: true });
          else if (!row.input) batch.rejected.push({ rowNumber: rec.line, email: row.email ?? null, errors: row.errors, raw: toCsvLine(rec.fields) });
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
  }

  private async flush(importId: string, session: ImportSession, batch: Batch): Promise<void> {
    try {
      const outcome = await session.batch(async (tx) => {
        const result = await tx.upsert(batch.valid);
        // Audit-only values go to their own table, by email; a duplicate row's values never overwrite the first row's.
        const duplicates = new Set(result.duplicates.map((d) => d.rowNumber));
        await tx.upsertDemographics(batch.valid.filter((v) => v.demographics && !duplicates.has(v.rowNumber)).map((v) => ({ email: v.input.email, demographics: v.demographics! })));
        const rejected = [...batch.rejected, ...duplicateRejections(batch, result.duplicates)];
        // A row rejected as a duplicate email is not also reported as kept with warnings.
        const rejectedRows = new Set(rejected.map((r) => r.rowNumber));
        const warned = batch.warned.filter((w) => !rejectedRows.has(w.rowNumber));
        await tx.addRejections([...rejected, ...warned]);
        await tx.recordProgress({
          recordsThrough: batch.recordsThrough, created: result.created.length, updated: result.updated.length, unchanged: result.unchanged, rejected: rejected.length, warned: warned.length,
        });
        return result;
      });
      this.candidates.upserted([...outcome.created, ...outcome.updated]);
    } catch (error) {
      this.logger.warn({ importId, err: error }, 'import batch failed; the job will retry from the last committed batch');
      throw error;
    }
  }
}

/** Rows whose email appeared earlier in the file are rejected, pointing at the first one. */
function duplicateRejections(batch: Batch, duplicates: ReadonlyArray<{ rowNumber: number; firstRowNumber: number }>): ImportRejection[] {
  if (duplicates.length === 0) return [];
  const byRow = new Map(batch.valid.map((v) => [v.rowNumber, v]));
  return duplicates.map((d) => {
    const row = byRow.get(d.rowNumber)!;
    return { rowNumber: d.rowNumber, email: row.input.email, errors: [{ field: 'email', message: `appears earlier in this file (line ${d.firstRowNumber})` }], raw: toCsvLine(row.fields) };
  });
}

/** The columns the upsert writes: the mapped ones, plus the currency when a default can fill it. */
function fieldsToWrite(header: HeaderMap, options: RowOptions): ReadonlySet<CandidateField> {
  if (!options.defaultSalaryCurrency || !header.fields.has('desiredSalary')) return header.fields;
  return new Set([...header.fields, 'desiredSalaryCurrency']);
}
