/** What other modules may use of candidates: enums, validation, events, CandidatesService and bulk upserts. */
export { AVAILABILITIES, SEEKING_STATUSES, type Availability, type SeekingStatus } from './candidate-enums';
export { validateCandidate, type CandidateInput } from './validation/validate-candidate';
export { CANDIDATE_ERASED, CANDIDATE_UPSERTED, type CandidateErasedEvent, type CandidateUpsertedEvent } from './candidate-events';
export {
  CANDIDATE_IMPORT_FAILED, CANDIDATE_IMPORT_FINISHED, CANDIDATE_IMPORT_PROGRESS, type CandidateImportEndedEvent, type CandidateImportProgressEvent,
} from './imports/import-events';
export { CANDIDATE_COLUMNS } from './bulk/candidate-columns';
export { CandidateUpserter } from './bulk/candidate-upsert.repository';
export { CandidateDemographicsWriter } from './demographics/candidate-demographics.repository';
export { CandidatesService } from './candidates.service';
export { CandidateDemographicsService } from './demographics/candidate-demographics.service';
export { CandidatesModule } from './candidates.module';
