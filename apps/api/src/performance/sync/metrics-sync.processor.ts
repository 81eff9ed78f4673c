import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Job } from 'bull';
import { PlatformError } from '../../ads-platforms';
import {
  METRICS_QUEUE, MetricsSyncQueue, RECONCILE_REQUESTS_JOB, SlotJobData, SYNC_CAMPAIGN_JOB, SYNC_CONNECTION_JOB, SYNC_SLOT_JOB,
  SyncCampaignData, SyncConnectionData,
} from './metrics-sync.queue';
import { MetricsSyncService } from './metrics-sync.service';
import { METRICS_SYNC_FINISHED, MetricsSyncFinishedEvent } from './sync-events';
import { SyncRequestsService } from './sync-requests.service';

/** Runs sync jobs. Retries come from the job options; a revoked token is not retried. */
@Processor(METRICS_QUEUE)
export class MetricsSyncProcessor {
  private readonly logger = new Logger(MetricsSyncProcessor.name);

  constructor(
    private readonly sync: MetricsSyncService,
    private readonly requests: SyncRequestsService,
    private readonly queue: MetricsSyncQueue,
    private readonly domainEvents: EventEmitter2,
  ) {}

  @Process({ name: SYNC_CONNECTION_JOB, concurrency: 2 })
  async syncConnection(job: Job<SyncConnectionData>) {
    const report = await this.run(job, () => this.sync.syncConnection(job.data.connectionId));
    this.finished({ campaignId: null, connectionId: job.data.connectionId, ok: true });
    return report;
  }

  /** Serves the saved "Sync now" request; a final failure closes it too, so the reconciler does not loop on it. */
  @Process({ name: SYNC_CAMPAIGN_JOB, concurrency: 2 })
  async syncCampaign(job: Job<SyncCampaignData>) {
    const { campaignId, slot } = job.data;
    try {
      const result = await this.run(job, () => this.sync.syncCampaign(campaignId));
      await this.requests.served(campaignId, slot, null, result.added);
      this.finished({ campaignId, connectionId: null, ok: true });
      return result;
    } catch (error) {
      const final = (error instanceof PlatformError && !error.retryable) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final) {
        await this.requests.served(campaignId, slot, (error as Error).message);
        this.finished({ campaignId, connectionId: null, ok: false });
      }
      throw error;
    }
  }

  /** The cron slot's fan-out: one job per connection with something to sync (ids carry the slot). */
  @Process({ name: SYNC_SLOT_JOB, concurrency: 1 })
  async fanOut(job: Job<SlotJobData>) {
    const connections = await this.sync.connectionsToSync();
    await Promise.all(connections.map((id) => this.queue.enqueueConnection(id, job.data.slot)));
    return { connections: connections.length };
  }

  @Process({ name: RECONCILE_REQUESTS_JOB, concurrency: 1 })
  reconcileRequests() {
    return this.requests.reconcile();
  }

  /** After the rows (and the request) are committed. */
  private finished(event: MetricsSyncFinishedEvent): void {
    this.domainEvents.emit(METRICS_SYNC_FINISHED, event);
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
