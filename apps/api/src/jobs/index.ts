/** What other modules may use of jobs: job enums, statuses, rules and events, the ads view of a job, JobsService. */
export { EXPERIENCE_LEVELS, REMOTE_MODES, type ExperienceLevel, type RemoteMode } from './job-enums';
export { isFinal, type JobStatus } from './job-status';
export { jobRuleErrors, todayUtc } from './job-rules';
export { JOB_ARCHIVED, JOB_CLOSED, JOB_FILLED, type JobEndedEvent } from './job-events';
export type { JobForAds } from './job-for-ads';
export { CreateJobDto } from './dto/create-job.dto';
export { JobsService } from './jobs.service';
export { JobsModule } from './jobs.module';
// Seeds write demo jobs in bulk, outside Nest.
export { newBulkJob } from './new-job';
export { insertJobRows } from './jobs.repository';
