import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { Page } from '../common/pagination';
import { ProblemException } from '../common/problem';
import { CreateJobDto } from './dto/create-job.dto';
import { JobListQuery } from './dto/job-query.dto';
import { JobDto } from './dto/job.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { Job } from './entities/job.entity';
import { JobForAds, jobForAds } from './job-for-ads';
import { jobRuleErrors, todayUtc } from './job-rules';
import { isFinal } from './job-status';
import { JobsRepository } from './jobs.repository';

/** Fields a request may set; status and timestamps change only through the lifecycle. */
type EditableField = keyof CreateJobDto;

/** Reading, creating and editing jobs. Status changes and deletion: JobLifecycleService. */
@Injectable()
export class JobsService {
  constructor(
    @InjectRepository(Job) private readonly jobs: Repository<Job>,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const given = givenFields(dto);
    const job = this.jobs.create({
      department: null, city: null, region: null, educationLevel: null, skills: [], salaryMin: null, salaryMax: null,
      salaryCurrency: null, benefits: [], openings: 1, applicationUrl: null, closingDate: null, externalRef: null,
      ...pick(dto, given),
      status: 'draft',
      createdBy: principal.kind === 'session' ? principal.id : null,
    });
    assertRules(job, given);
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(Job).save(job);
      await this.audit.record({ action: 'job.created', principal, ip, targetType: 'job', targetId: row.id, details: { title: row.title, externalRef: row.externalRef } }, manager);
      return row;
    });
    return JobDto.from(saved);
  }

  /** Partial edit of a draft, open or paused job; closed, filled and archived jobs are read-only. */
  async update(id: string, dto: UpdateJobDto, principal: Principal, ip: string): Promise<JobDto> {
    const given = givenFields(dto);
    const saved = await this.dataSource.transaction(async (manager) => {
      const job = await this.findOrFail(id, manager);
      if (isFinal(job.status)) {
        throw new ProblemException(409, `A ${job.status} job cannot be edited; only draft, open and paused jobs can.`, { jobStatus: job.status });
      }
      const changed = [...given].filter((field) => !sameValue(job[field], dto[field]));
      Object.assign(job, pick(dto, given));
      assertRules(job, given);
      if (changed.length === 0) return job;
      const row = await manager.getRepository(Job).save(job);
      await this.audit.record({ action: 'job.updated', principal, ip, targetType: 'job', targetId: id, details: { fields: changed } }, manager);
      return row;
    });
    return JobDto.from(saved);
  }

  /** Loads a job, row-locked when a transaction manager is given (serializes concurrent writes). */
  async findOrFail(id: string, manager?: EntityManager): Promise<Job> {
    const repo = manager ? manager.getRepository(Job) : this.jobs;
    const job = await repo.findOne({ where: { id }, ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!job) throw new ProblemException(404, `Job ${id} does not exist.`);
    return job;
  }
}

/** Fields present in the request (undefined = not sent; null = clear). */
function givenFields(dto: Partial<CreateJobDto>): Set<EditableField> {
  return new Set((Object.keys(dto) as EditableField[]).filter((key) => dto[key] !== undefined));
}

function pick(dto: Partial<CreateJobDto>, fields: Set<EditableField>): Partial<Job> {
  return Object.fromEntries([...fields].map((field) => [field, dto[field]])) as Partial<Job>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function assertRules(job: Job, given: ReadonlySet<string>): void {
  const errors = jobRuleErrors(job, given, todayUtc());
  if (errors.length) throw new ProblemException(422, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}
