import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DATA_GENERATION_QUEUE, DataGenerationJob, RECONCILE_JOB } from './data-generation.queue';
import { DataGenerationReconcileReport, DataGenerationReconciler } from './data-generation.reconciler';
import { DataGenerationRunner } from './data-generation.runner';
import { GeneratorConfigError } from './synthetic-data.port';

@Processor(DATA_GENERATION_QUEUE)
export class DataGenerationProcessor {
  private readonly logger = new Logger(DataGenerationProcessor.name);

  constructor(
    private readonly runner: DataGenerationRunner,
    private readonly reconciler: DataGenerationReconciler,
  ) {}

  @Process()
  async handle(job: Job<DataGenerationJob>): Promise<void> {
    try {
      await this.runner.run(job.data.runId, (percent) => job.progress(percent));
    } catch (error) {
      if (error instanceof GeneratorConfigError) {
        await this.runner.fail(job.data.runId, error.message); // a wrong key or model: retrying cannot help
        return;
      }
      this.logger.error({ runId: job.data.runId, attempt: job.attemptsMade + 1, err: error }, 'data generation attempt failed');
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.runner.fail(job.data.runId, 'Generation stopped after several failed attempts; what was generated is kept.');
      throw error;
    }
  }

  @Process(RECONCILE_JOB)
  reconcile(): Promise<DataGenerationReconcileReport> {
    return this.reconciler.run();
  }
}
