import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job, Queue } from 'bull';
import { ProblemException } from '../common/problem';
import { withTimeout } from '../queues/enqueue-timeout';
import { FailedJobDto, FailedJobsDto, QueueCountsDto } from './background-work.dto';

const isQueue = (value: unknown): value is Queue =>
  !!value && typeof (value as Queue).getJobCounts === 'function' && typeof (value as Queue).getFailed === 'function' && typeof (value as Queue).name === 'string';

/**
 * Every Bull queue the feature modules registered, found through Nest's discovery (no list to keep
 * in step), with their counts, failed jobs and retries. Reads what Bull keeps in Redis, so any API
 * process sees the work of every worker.
 */
@Injectable()
export class QueueInspector implements OnModuleInit {
  private queues = new Map<string, Queue>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (isQueue(wrapper.instance)) this.queues.set(wrapper.instance.name, wrapper.instance);
    }
  }

  names(): string[] {
    return [...this.queues.keys()].sort();
  }

  async counts(): Promise<QueueCountsDto[]> {
    return Promise.all(this.names().map(async (name) => {
      const queue = this.queues.get(name)!;
      const [counts, paused] = await withTimeout(Promise.all([queue.getJobCounts(), queue.isPaused()]));
      return { name, waiting: counts.waiting, active: counts.active, delayed: counts.delayed, failed: counts.failed, completed: counts.completed, paused };
    }));
  }

  async failed(name: string, limit = 50): Promise<FailedJobsDto> {
    const queue = this.queue(name);
    const [total, jobs] = await withTimeout(Promise.all([queue.getFailedCount(), queue.getFailed(0, limit - 1)]));
    return { queue: name, total, jobs: jobs.filter(Boolean).map(toFailedJob) };
  }

  /** Puts one failed job back in its queue (Bull keeps its id, so it stays deduplicated). */
  async retry(name: string, jobId: string): Promise<void> {
    const job = await withTimeout(this.queue(name).getJob(jobId));
    if (!job) throw new ProblemException(404, `Queue ${name} has no job ${jobId}.`);
    if (!(await job.isFailed())) throw new ProblemException(409, `Job ${jobId} has not failed: only failed jobs can be retried.`);
    await withTimeout(job.retry());
  }

  /** Retries the jobs failed right now in a queue (or in every queue); returns how many. */
  async retryAllFailed(name?: string): Promise<number> {
    let retried = 0;
    for (const queue of name ? [this.queue(name)] : [...this.queues.values()]) {
      // One snapshot: a job that fails again while we work is not retried twice in this call.
      const failed = (await withTimeout(queue.getFailed())).filter(Boolean);
      for (const job of failed) await withTimeout(job.retry());
      retried += failed.length;
    }
    return retried;
  }

  /** Removes completed and failed jobs older than `graceMs` from a queue; returns how many. */
  async clean(name: string, graceMs: number): Promise<number> {
    const queue = this.queue(name);
    const removed = await withTimeout(Promise.all([queue.clean(graceMs, 'completed'), queue.clean(graceMs, 'failed')]));
    return removed.flat().length;
  }

  private queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new ProblemException(404, `There is no queue named ${name}.`, { errors: [{ field: 'name', message: `must be one of ${this.names().join(', ')}` }] });
    return queue;
  }
}

function toFailedJob(job: Job): FailedJobDto {
  // Payloads carry ids only, but they are not shown: the name, error and attempts are what an admin acts on.
  return {
    id: String(job.id), name: job.name, error: job.failedReason ?? 'unknown error', attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null, createdAt: new Date(job.timestamp).toISOString(),
  };
}
