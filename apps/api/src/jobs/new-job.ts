import { ProblemException } from '../common/problem';
import type { CreateJobDto } from './dto/create-job.dto';
import type { Job } from './entities/job.entity';
import { JobRuleFields, jobRuleErrors, todayUtc } from './job-rules';

/** Fields a request may set; status and timestamps change only through the lifecycle. */
export type EditableField = keyof CreateJobDto;

/** How a new job is stored besides its fields: API requests create drafts; bulk callers may open them. */
export interface NewJobOptions {
  status: Extract<Job['status'], 'draft' | 'open'>;
  createdBy: string | null;
  /** When the job was created; the database's now() when omitted. */
  createdAt?: Date;
}

/**
 * The one mapping from a create request to a job row, for the API and for bulk creation alike:
 * defaults for what was not sent, the cross-field rules (422), and the status timestamps.
 */
export function newJob(dto: CreateJobDto, options: NewJobOptions): Partial<Job> {
  const given = givenFields(dto);
  const job: Partial<Job> = {
    department: null, city: null, region: null, educationLevel: null, skills: [], salaryMin: null, salaryMax: null,
    salaryCurrency: null, benefits: [], openings: 1, applicationUrl: null, closingDate: null, externalRef: null,
    ...pick(dto, given),
    status: options.status,
    openedAt: options.status === 'open' ? (options.createdAt ?? new Date()) : null,
    createdBy: options.createdBy,
  };
  if (options.createdAt) job.createdAt = job.updatedAt = options.createdAt;
  assertRules(job as JobRuleFields, given);
  return job;
}

/** One job of a bulk creation (data generation, seeds): the same input as POST /api/jobs, plus how it is stored. */
export interface BulkJob {
  job: CreateJobDto;
  status: NewJobOptions['status'];
  createdAt?: Date;
  /** Makes a replay safe: a job whose external ref exists already is not created again. */
  externalRef: string;
}

/** A bulk-created job: no creator (made by the system), the ref set. */
export function newBulkJob({ job, status, createdAt, externalRef }: BulkJob): Partial<Job> {
  return newJob({ ...job, externalRef }, { status, createdAt, createdBy: null });
}

/** Fields present in the request (undefined = not sent; null = clear). */
export function givenFields(dto: Partial<CreateJobDto>): Set<EditableField> {
  return new Set((Object.keys(dto) as EditableField[]).filter((key) => dto[key] !== undefined));
}

export function pick(dto: Partial<CreateJobDto>, fields: Set<EditableField>): Partial<Job> {
  return Object.fromEntries([...fields].map((field) => [field, dto[field]])) as Partial<Job>;
}

export function assertRules(job: JobRuleFields, given: ReadonlySet<string>): void {
  const errors = jobRuleErrors(job, given, todayUtc());
  if (errors.length) throw new ProblemException(422, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}
