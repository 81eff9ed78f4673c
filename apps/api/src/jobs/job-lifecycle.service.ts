import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { fieldProblem, ProblemException } from '../common/problem';
import { JobDto } from './dto/job.dto';
import { TransitionJobDto } from './dto/transition-job.dto';
import { Job } from './entities/job.entity';
import { JOB_ARCHIVED, JOB_CLOSED, JOB_FILLED, JobEndedEvent, JobEndedEventName } from './job-events';
import { todayUtc } from './job-rules';
import { allowedTransitions, canTransition, isDeletable, JobStatus } from './job-status';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

const ENDED_EVENTS: Partial<Record<JobStatus, JobEndedEventName>> = { closed: JOB_CLOSED, filled: JOB_FILLED, archived: JOB_ARCHIVED };

/**
 * Status changes (the transition table in job-status.ts) and deletion. Each change commits with
 * its audit row under a row lock; domain events go out only after the commit.
 */
@Injectable()
export class JobLifecycleService {
  private readonly logger = new Logger(JobLifecycleService.name);

  constructor(
    private readonly repository: JobsRepository,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async transition(id: string, dto: TransitionJobDto, principal: Principal, ip: string): Promise<JobDto> {
    const reason = dto.reason ?? null;
    const { job, from } = await this.repository.transaction(async (manager) => {
      const job = await this.jobs.findOrFail(id, manager);
      const from = job.status;
      if (!canTransition(from, dto.to)) {
        const allowed = allowedTransitions(from);
        throw new ProblemException(409, `A job cannot go from ${from} to ${dto.to}${allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`}.`, {
          from, to: dto.to, errors: [{ field: 'to', message: `cannot go from ${from} to ${dto.to}` }],
        });
      }
      if (dto.to === 'open' && job.closingDate !== null && job.closingDate < todayUtc()) {
        throw fieldProblem(422, 'closingDate', `is in the past (${job.closingDate}); move it before opening the job`);
      }
      const now = new Date();
      job.status = dto.to;
      if (dto.to === 'open') job.openedAt ??= now;
      if (dto.to === 'closed' || dto.to === 'filled') job.closedAt = now;
      await this.repository.save(manager, job);
      await this.audit.record({ action: 'job.transitioned', principal, ip, targetType: 'job', targetId: id, details: { from, to: dto.to, reason } }, manager);
      return { job, from };
    });
    await this.emitEnded(job, from, reason);
    return JobDto.from(job);
  }

  /**
   * DELETE: a draft is deleted; any other job is archived (kept for reporting and campaigns,
   * hidden from lists, read-only). Archiving an archived job changes nothing.
   */
  async remove(id: string, principal: Principal, ip: string): Promise<void> {
    const archived = await this.repository.transaction(async (manager) => {
      const job = await this.jobs.findOrFail(id, manager);
      const from = job.status;
      const details = { title: job.title, from };
      if (isDeletable(from)) {
        await this.repository.delete(manager, id);
        await this.audit.record({ action: 'job.deleted', principal, ip, targetType: 'job', targetId: id, details }, manager);
        return undefined;
      }
      if (from === 'archived') return undefined;
      job.status = 'archived';
      job.archivedAt = new Date();
      await this.repository.save(manager, job);
      await this.audit.record({ action: 'job.archived', principal, ip, targetType: 'job', targetId: id, details }, manager);
      return { job, from };
    });
    if (archived) await this.emitEnded(archived.job, archived.from, null);
  }

  /**
   * After commit. A failing listener must not turn a committed change into an error response:
   * listeners (campaigns) own their retries and reconciliation, so this only logs.
   */
  private async emitEnded(job: Job, from: JobStatus, reason: string | null): Promise<void> {
    const name = ENDED_EVENTS[job.status];
    if (!name) return;
    const payload: JobEndedEvent = { jobId: job.id, status: job.status as JobEndedEvent['status'], from, reason };
    try {
      await this.events.emitAsync(name, payload);
    } catch (error) {
      this.logger.error({ err: error, event: name, jobId: job.id }, 'a job event listener failed');
    }
  }
}
