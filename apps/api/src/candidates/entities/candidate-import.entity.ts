import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What the uploader chose after the preview (both optional: the header and config decide otherwise). */
export interface ImportOptions {
  /** CSV column name per file column, by position; null ignores the column. */
  mapping?: Array<string | null>;
  /** ISO 4217; given to rows with a salary and no currency. */
  defaultSalaryCurrency?: string;
}

/** One CSV upload and the progress of the job that imports it (the row is the source of truth). */
@Entity('candidate_imports')
export class CandidateImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) status: ImportStatus;
  @Column({ name: 'file_name' }) fileName: string;
  /** Where the upload waits for the worker (UPLOAD_DIR); deleted once the import ends. */
  @Column({ name: 'file_path', type: 'text' }) filePath: string;
  @Column({ name: 'file_size', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) fileSize: number;
  /** The file's header as written, kept for the rejected-rows CSV. */
  @Column({ type: 'text', array: true, nullable: true }) columns: string[] | null;
  /** Estimated from the line count until the import ends, then exact. */
  @Column({ name: 'total_rows', type: 'int', nullable: true }) totalRows: number | null;
  @Column({ name: 'rows_processed', type: 'int' }) rowsProcessed: number;
  @Column({ name: 'created_count', type: 'int' }) createdCount: number;
  @Column({ name: 'updated_count', type: 'int' }) updatedCount: number;
  @Column({ name: 'unchanged_count', type: 'int' }) unchangedCount: number;
  @Column({ name: 'rejected_count', type: 'int' }) rejectedCount: number;
  /** Rows imported without one or more invalid optional values. */
  @Column({ name: 'warned_count', type: 'int', default: 0 }) warnedCount: number;
  @Column({ type: 'jsonb', default: {} }) options: ImportOptions;
  /** Why the whole file failed (malformed file), in words for the person who uploaded it. */
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
