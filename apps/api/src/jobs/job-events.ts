import type { JobStatus } from './job-status';

/**
 * Domain events the jobs module emits (via @nestjs/event-emitter, after the change is committed).
 * Campaigns listen to pause a job's ads once the job can no longer be applied to.
 */
export const JOB_CLOSED = 'job.closed';
export const JOB_FILLED = 'job.filled';
/** A non-draft job was deleted (archived); an open or paused job stops being advertised too. */
export const JOB_ARCHIVED = 'job.archived';

/** Every event after which a job must not be advertised any more. */
export const JOB_ENDED_EVENTS = [JOB_CLOSED, JOB_FILLED, JOB_ARCHIVED] as const;
export type JobEndedEventName = (typeof JOB_ENDED_EVENTS)[number];

export interface JobEndedEvent {
  jobId: string;
  /** The status the job has now. */
  status: Extract<JobStatus, 'closed' | 'filled' | 'archived'>;
  /** The status it had before. */
  from: JobStatus;
  reason: string | null;
}
