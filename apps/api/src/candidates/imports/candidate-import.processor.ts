import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { CANDIDATE_IMPORT_QUEUE, CandidateImportJob, RECONCILE_IMPORTS_JOB } from './candidate-import.queue';
import { CandidateImportReconciler } from './candidate-import.reconciler';
import { CandidateImportRunner } from './candidate-import.runner';

/**
 * Runs imports (unnamed jobs); a retry resumes after the last committed batch. The last failed
 * attempt marks the import failed. Also runs the scheduled reconcile scan (named job).
 */
@Processor(CANDIDATE_IMPORT_QUEUE)
export class CandidateImportProcessor {
  private readonly logger = new Logger(CandidateImportProcessor.name);

  constructor(
    private readonly runner: CandidateImportRunner,
    private readonly reconciler: CandidateImportReconciler,
  ) {}

  @Process(RECONCILE_IMPORTS_JOB)
  async reconcile(): Promise<void> {
    await this.reconciler.run();
  }

  @Process()
  async handle(job: Job<CandidateImportJob>): Promise<void> {
    try {
      await this.runner.run(job.data.importId, (percent) => this.reportProgress(job, percent));
    } catch (error) {
      this.logger.error({ importId: job.data.importId, attempt: job.attemptsMade + 1, err: error }, 'candidate import attempt failed');
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.runner.fail(job.data.importId, 'The import stopped because of an internal error after several attempts. Rows already imported are kept; upload the file again to finish (re-importing is safe).');
      }
      throw error;
    }
  }

  /**
   * Progress lives in Redis and is only a hint (the row holds the truth): never waited for, and a
   * failure never stops the import, so the rows keep going in while Redis is away.
   */
  private reportProgress(job: Job<CandidateImportJob>, percent: number): void {
    job.progress(percent).catch((err: Error) => this.logger.debug({ importId: job.data.importId, err: err.message }, 'progress not reported'));
  }
}
