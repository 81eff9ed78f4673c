import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { CandidateImportRunner } from './candidate-import.runner';

export const CANDIDATE_IMPORT_QUEUE = 'candidate-imports';

export interface CandidateImportJob {
  importId: string;
}

/** Runs imports; a retry resumes after the last committed batch. The last failed attempt marks the import failed. */
@Processor(CANDIDATE_IMPORT_QUEUE)
export class CandidateImportProcessor {
  private readonly logger = new Logger(CandidateImportProcessor.name);

  constructor(private readonly runner: CandidateImportRunner) {}

  @Process()
  async handle(job: Job<CandidateImportJob>): Promise<void> {
    try {
      await this.runner.run(job.data.importId, (percent) => job.progress(percent));
    } catch (error) {
      this.logger.error({ importId: job.data.importId, attempt: job.attemptsMade + 1, err: error }, 'candidate import attempt failed');
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.runner.fail(job.data.importId, 'The import stopped because of an internal error after several attempts. Rows already imported are kept; upload the file again to finish (re-importing is safe).');
      }
      throw error;
    }
  }
}
