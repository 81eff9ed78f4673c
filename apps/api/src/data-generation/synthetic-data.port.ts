import type { CandidateInput } from '../candidates';
import type { CreateJobDto, JobStatus } from '../jobs';

/** A job opening as the jobs API would accept it, plus how the generator wants it stored. */
export interface GeneratedJob {
  job: CreateJobDto;
  status: Extract<JobStatus, 'open' | 'draft'>;
  createdAt: Date;
}

export interface GeneratedCandidate extends CandidateInput {
  /** Spread over the past so lists and segments look lived-in; bulk seeds store it. */
  createdAt: Date;
}

/** One step of a generation: valid items, and how many the generator had to drop. */
export interface GeneratedBatch<T> {
  items: T[];
  /** Items that failed validation (or were lost to truncated/failed answers) and were dropped. */
  dropped: number;
}

/**
 * Source of synthetic jobs and candidates. Adapters: the offline generator (seeded faker, always
 * available) and Gemini (structured JSON output, when GEMINI_API_KEY is set). Every item an
 * adapter yields has passed the same validation as the API's.
 */
export interface SyntheticDataGenerator {
  readonly kind: 'offline' | 'gemini';
  jobs(count: number): AsyncIterable<GeneratedBatch<GeneratedJob>>;
  candidates(count: number): AsyncIterable<GeneratedBatch<GeneratedCandidate>>;
}

/** A configuration error (bad key, unknown model): retrying will not help, the run fails at once. */
export class GeneratorConfigError extends Error {
  override readonly name = 'GeneratorConfigError';
}
