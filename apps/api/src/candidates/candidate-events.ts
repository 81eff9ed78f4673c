/**
 * Domain events of the candidates module (emitted with @nestjs/event-emitter after commit).
 * Segmentation listens to assign new or changed candidates to the active run's segments.
 */
export const CANDIDATE_UPSERTED = 'candidate.upserted';
/** A candidate was erased (right to be forgotten); listeners drop anything they keep about them. */
export const CANDIDATE_ERASED = 'candidate.erased';

export interface CandidateUpsertedEvent {
  /** Created or changed candidates (at most one import batch, ≤ CANDIDATE_IMPORT_BATCH_SIZE ids). */
  candidateIds: string[];
}

export interface CandidateErasedEvent {
  candidateIds: string[];
}
