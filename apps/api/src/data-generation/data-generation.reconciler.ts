import { Injectable, Logger } from '@nestjs/common';
import { DataGenerationRunsRepository } from './data-generation-runs.repository';
import { DataGenerationQueue } from './data-generation.queue';

export interface DataGenerationReconcileReport {
  /** Runs whose job was missing or finished and that were enqueued again. */
  enqueued: number;
  /** Runs whose job is still waiting, running or delayed. */
  live: number;
}

/** Rows younger than this belong to a request still enqueueing its own job. */
const DEFAULT_GRACE_MS = 30_000;

/**
 * Nothing is lost when Redis was away or a worker died: the run rows are the truth. Every run
 * still queued or running without a live Bull job is enqueued again (same job id), and the runner
 * resumes it from its last committed batch.
 */
@Injectable()
export class DataGenerationReconciler {
  private readonly logger = new Logger(DataGenerationReconciler.name);

  constructor(
    private readonly runs: DataGenerationRunsRepository,
    private readonly queue: DataGenerationQueue,
  ) {}

  async run(options: { graceMs?: number } = {}): Promise<DataGenerationReconcileReport> {
    const report: DataGenerationReconcileReport = { enqueued: 0, live: 0 };
    for (const run of await this.runs.findUnfinished(options.graceMs ?? DEFAULT_GRACE_MS)) {
      if ((await this.queue.ensureRun(run.id)) === 'live') report.live++;
      else report.enqueued++;
    }
    if (report.enqueued) this.logger.warn(report, 'data generation runs without a live job were enqueued again');
    return report;
  }
}
