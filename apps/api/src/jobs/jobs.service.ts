import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { Page } from '../common/pagination';
import { ProblemException } from '../common/problem';
import type { Tx } from '../database/transaction-retry';
import { CreateJobDto } from './dto/create-job.dto';
import { JobListQuery } from './dto/job-query.dto';
import { JobDto } from './dto/job.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { Job } from './entities/job.entity';
import { JobForAds, jobForAds } from './job-for-ads';
import { isFinal } from './job-status';
import { JobsRepository, SqlClient } from './jobs.repository';
import { assertRules, BulkJob, givenFields, newBulkJob, newJob, pick } from './new-job';

/** Reading, creating and editing jobs. Status changes and deletion: JobLifecycleService. */
@Injectable()
export class JobsService {
  constructor(
    private readonly repository: JobsRepository,
    private readonly audit: AuditService,
  ) {}

  list(query: JobListQuery): Promise<Page<JobDto>> {
    return this.repository.list(query);
  }

  async getById(id: string): Promise<JobDto> {
    return JobDto.from(await this.findOrFail(id));
  }

  /** The job as campaigns need it to build ads; `advertisable` says whether ads may run. */
  async getForAds(id: string): Promise<JobForAds> {
    return jobForAds(await this.findOrFail(id));
  }

  async create(dto: CreateJobDto, principal: Principal, ip: string): Promise<JobDto> {
    const job = newJob(dto, { status: 'draft', createdBy: principal.kind === 'session' ? principal.id : null });
    const saved = await this.repository.transaction(async (manager) => {
      const row = await this.repository.save(manager, job);
      await this.audit.record({ action: 'job.created', principal, ip, targetType: 'job', targetId: row.id, details: { title: row.title, externalRef: row.externalRef } }, manager);
      return row;
    });
    return JobDto.from(saved);
  }

  /**
   * Many jobs at once for other modules (data generation, seeds): the same mapping and rules as
   * `create`, one statement per call. `client` makes it part of the caller's transaction (its run
   * counters commit with the jobs). Returns the ids of the jobs created (existing refs are skipped).
   */
  async createMany(jobs: readonly BulkJob[], client?: SqlClient): Promise<string[]> {
    return this.repository.insertMany(jobs.map(newBulkJob), client);
  }

  /** Partial edit of a draft, open or paused job; closed, filled and archived jobs are read-only. */
  async update(id: string, dto: UpdateJobDto, principal: Principal, ip: string): Promise<JobDto> {
    const given = givenFields(dto);
    const saved = await this.repository.transaction(async (manager) => {
      const job = await this.findOrFail(id, manager);
      if (isFinal(job.status)) {
        throw new ProblemException(409, `A ${job.status} job cannot be edited; only draft, open and paused jobs can.`, { jobStatus: job.status });
      }
      const changed = [...given].filter((field) => !sameValue(job[field], dto[field]));
      Object.assign(job, pick(dto, given));
      assertRules(job, given);
      if (changed.length === 0) return job;
      const row = await this.repository.save(manager, job);
      await this.audit.record({ action: 'job.updated', principal, ip, targetType: 'job', targetId: id, details: { fields: changed } }, manager);
      return row;
    });
    return JobDto.from(saved);
  }

  /** Loads a job, row-locked when a transaction handle is given (serializes concurrent writes). */
  async findOrFail(id: string, manager?: Tx): Promise<Job> {
    const job = await this.repository.findById(id, manager);
    if (!job) throw new ProblemException(404, `Job ${id} does not exist.`);
    return job;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
