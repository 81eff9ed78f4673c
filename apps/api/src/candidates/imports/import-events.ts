import type { ImportStatus } from '../entities/candidate-import.entity';

/**
 * Domain event of CSV imports (@nestjs/event-emitter), emitted by the worker when an import's
 * progress or end has been written to its row. The events module relays it to browsers (SSE).
 */
export const CANDIDATE_IMPORT_PROGRESS = 'candidate_import.progress';

export interface CandidateImportProgressEvent {
  importId: string;
  status: Extract<ImportStatus, 'running' | 'completed' | 'failed'>;
  /** 0–100; 100 once completed. */
  percent: number;
}
