import type { StagedCandidate, UpsertOutcome } from '../../src/candidates/bulk/candidate-upsert.repository';
import type { CandidateImport } from '../../src/candidates/entities/candidate-import.entity';
import type { UnfinishedImport } from '../../src/candidates/imports/candidate-imports.repository';
import type { BatchProgress, ImportBatchTx, ImportRejection, ImportSession } from '../../src/candidates/imports/import-batches.repository';

/**
 * One import and its candidates in memory, standing in for CandidateImportsRepository and
 * ImportBatchesRepository in unit specs. Batches apply all-or-nothing, like the real transaction.
 */
export class FakeImportStore {
  readonly row: CandidateImport;
  readonly commits: BatchProgress[] = [];
  readonly rejections: ImportRejection[] = [];
  /** Audit-only values written by email, in order. */
  readonly demographics: Array<{ email: string; demographics: Record<string, unknown> }> = [];
  /** How often each email was written (created or updated) over every run. */
  readonly writesPerEmail = new Map<string, number>();
  /** Throw inside the n-th batch transaction (1-based, counted over every run). */
  failOnCommit: number | undefined;
  owned = true;
  private batches = 0;

  constructor(filePath: string) {
    this.row = {
      id: '00000000-0000-4000-8000-000000000001', status: 'queued', fileName: 'upload.csv', filePath, fileSize: 0, columns: null, totalRows: null,
      rowsProcessed: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0, warnedCount: 0, options: {}, error: null, createdBy: null,
      createdAt: new Date(), startedAt: null, finishedAt: null,
    };
  }

  // CandidateImportsRepository
  async findById(id: string): Promise<CandidateImport | null> {
    return id === this.row.id ? { ...this.row } : null;
  }
  async markRunning(): Promise<void> {
    this.row.status = 'running';
  }
  async setEstimatedRows(_id: string, rows: number): Promise<void> {
    this.row.totalRows = rows;
  }
  async markCompleted(): Promise<void> {
    Object.assign(this.row, { status: 'completed', totalRows: this.row.rowsProcessed });
  }
  async markFailed(_id: string, message: string): Promise<string | null> {
    if (this.row.status !== 'queued' && this.row.status !== 'running') return null;
    Object.assign(this.row, { status: 'failed', error: message });
    return this.row.filePath;
  }
  async findIdleUnfinished(): Promise<UnfinishedImport[]> {
    return this.row.status === 'queued' || this.row.status === 'running' ? [{ id: this.row.id, status: this.row.status }] : [];
  }

  // ImportBatchesRepository
  async withSession<T>(_importId: string, fn: (session: ImportSession) => Promise<T>): Promise<T> {
    const seen = new Map<string, number>(); // emails of this session, like the temp table
    return fn({
      owned: this.owned,
      setColumns: async (columns) => void (this.row.columns = [...columns]),
      prepareUpsert: async () => undefined,
      batch: async (work) => {
        const pending: Array<() => void> = [];
        const tx: ImportBatchTx = {
          upsert: async (rows) => this.upsert(rows, seen, pending),
          upsertDemographics: async (rows) => void pending.push(() => this.demographics.push(...rows)),
          addRejections: async (rejections) => void pending.push(() => this.rejections.push(...rejections)),
          recordProgress: async (p) => void pending.push(() => this.progress(p)),
        };
        const result = await work(tx);
        if (++this.batches === this.failOnCommit) throw new Error('connection lost');
        pending.forEach((apply) => apply());
        return result;
      },
    });
  }

  private upsert(rows: readonly StagedCandidate[], seen: Map<string, number>, pending: Array<() => void>): UpsertOutcome {
    const outcome: UpsertOutcome = { created: [], updated: [], unchanged: 0, duplicates: [] };
    for (const row of rows) {
      const first = seen.get(row.input.email);
      if (first !== undefined) {
        outcome.duplicates.push({ rowNumber: row.rowNumber, firstRowNumber: first });
        continue;
      }
      seen.set(row.input.email, row.rowNumber);
      const known = this.writesPerEmail.has(row.input.email);
      (known ? outcome.updated : outcome.created).push(`id-${row.input.email}`);
      pending.push(() => this.writesPerEmail.set(row.input.email, (this.writesPerEmail.get(row.input.email) ?? 0) + 1));
    }
    return outcome;
  }

  private progress(p: BatchProgress): void {
    this.commits.push(p);
    this.row.rowsProcessed = p.recordsThrough;
    this.row.createdCount += p.created;
    this.row.updatedCount += p.updated;
    this.row.unchangedCount += p.unchanged;
    this.row.rejectedCount += p.rejected;
  }
}
