/**
 * Events of a candidate import's end (@nestjs/event-emitter, emitted after the row says so, once
 * per import). The notification centre listens.
 */
export const CANDIDATE_IMPORT_FINISHED = 'candidate_import.finished';
export const CANDIDATE_IMPORT_FAILED = 'candidate_import.failed';

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
