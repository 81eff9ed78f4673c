import type { ImportStatus } from '../entities/candidate-import.entity';

/**
 * Domain events of CSV imports (@nestjs/event-emitter), emitted by the worker once the import's row says so.
 * Progress (and the end, as 100 %) is relayed to browsers by the events module (SSE); the end, with its counts and
 * owner, becomes a notification.
 */
export const CANDIDATE_IMPORT_PROGRESS = 'candidate_import.progress';
export const CANDIDATE_IMPORT_FINISHED = 'candidate_import.finished';
export const CANDIDATE_IMPORT_FAILED = 'candidate_import.failed';

export interface CandidateImportProgressEvent {
  importId: string;
  status: Extract<ImportStatus, 'running' | 'completed' | 'failed'>;
  /** 0–100; 100 once completed. */
  percent: number;
}

/** Once per import, after the row records its end. */
export interface CandidateImportEndedEvent {
  importId: string;
  fileName: string;
  /** Who uploaded the file, when recorded. */
  ownerUserId: string | null;
  created: number;
  updated: number;
  rejected: number;
  /** Failed imports: the reason, for people. */
  error?: string;
}
