import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CANDIDATE_ERASED, CANDIDATE_UPSERTED, CandidateErasedEvent, CandidateUpsertedEvent } from '../../candidates';
import { CandidatePlacement } from './candidate-placement';
import { SegmentAssignmentsRepository } from './segment-assignments.repository';

/**
 * Reacts to the candidates module: a new or changed candidate joins the nearest segment of the
 * active run at once (no retraining); an erased one disappears from every run's assignments.
 * Failures are logged, never thrown back at the emitter (the candidate write already committed).
 */
@Injectable()
export class CandidateEventsListener {
  private readonly logger = new Logger(CandidateEventsListener.name);

  constructor(
    private readonly placement: CandidatePlacement,
    private readonly assignments: SegmentAssignmentsRepository,
  ) {}

  @OnEvent(CANDIDATE_UPSERTED, { async: true, promisify: true })
  async onUpserted(event: CandidateUpsertedEvent): Promise<void> {
    try {
      await this.placement.assignCandidates(event.candidateIds);
    } catch (error) {
      this.logger.error({ err: error, candidates: event.candidateIds.length }, 'could not assign candidates to segments');
    }
  }

  @OnEvent(CANDIDATE_ERASED, { async: true, promisify: true })
  async onErased(event: CandidateErasedEvent): Promise<void> {
    try {
      await this.assignments.deleteCandidates(event.candidateIds);
    } catch (error) {
      this.logger.error({ err: error, candidates: event.candidateIds.length }, 'could not erase candidates from segment assignments');
    }
  }
}
