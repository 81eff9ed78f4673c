import { Injectable, Logger } from '@nestjs/common';
import { CandidateImportQueue } from './candidate-import.queue';
import { CandidateImportsRepository } from './candidate-imports.repository';

export interface ImportReconcileReport {
  /** Imports whose job was missing or finished and has been enqueued again. */
  enqueued: number;
  /** Imports whose job is still waiting, running or delayed. */
  live: number;
}

/** A running import touches its row with every batch; one idle this long has lost its worker or its job. */
const DEFAULT_IDLE_MS = 30_000;
const BATCH = 500;

/**
 * Nothing is lost when Redis (or a worker) was away: the rows are the truth. Re-enqueues every
 * queued or running import that has been idle for a while and has no live Bull job; the job
 * resumes after the import's last committed batch, so no row is written twice.
 */
@Injectable()
export class CandidateImportReconciler {
  private readonly logger = new Logger(CandidateImportReconciler.name);

  constructor(
    private readonly imports: CandidateImportsRepository,
    private readonly queue: CandidateImportQueue,
  ) {}

  async run(options: { idleMs?: number } = {}): Promise<ImportReconcileReport> {
    const report: ImportReconcileReport = { enqueued: 0, live: 0 };
    for (const row of await this.imports.findIdleUnfinished(options.idleMs ?? DEFAULT_IDLE_MS, BATCH)) {
      if ((await this.queue.ensure(row.id)) === 'live') report.live++;
      else report.enqueued++;
    }
    if (report.enqueued) this.logger.log(report, 'reconciled candidate imports');
    return report;
  }
}
