import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { PlatformError } from '../../ads-platforms/platform-error';
import { METRICS_QUEUE, SYNC_CAMPAIGN_JOB, SYNC_CONNECTION_JOB, SyncCampaignData, SyncConnectionData } from './metrics-sync.queue';
import { MetricsSyncService } from './metrics-sync.service';

/** Runs sync jobs. Retries come from the job options; a revoked token is not retried. */
@Processor(METRICS_QUEUE)
export class MetricsSyncProcessor {
  private readonly logger = new Logger(MetricsSyncProcessor.name);

  constructor(private readonly sync: MetricsSyncService) {}

  @Process({ name: SYNC_CONNECTION_JOB, concurrency: 2 })
  async syncConnection(job: Job<SyncConnectionData>) {
    return this.run(job, () => this.sync.syncConnection(job.data.connectionId));
  }

  @Process({ name: SYNC_CAMPAIGN_JOB, concurrency: 2 })
  async syncCampaign(job: Job<SyncCampaignData>) {
    return this.run(job, () => this.sync.syncCampaign(job.data.campaignId));
  }

  private async run<T>(job: Job, work: () => Promise<T>): Promise<T> {
    try {
      const report = await work();
      this.logger.log({ jobId: job.id, report }, 'metrics synced');
      return report;
    } catch (error) {
      if (error instanceof PlatformError && !error.retryable) await job.discard();
      throw error;
    }
  }
}
