import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { LIVE_JOB_STATES, withTimeout } from '../../queues/enqueue-timeout';
import { slotJobId } from '../../queues/slot-cron';

/**
 * The metrics-sync queue: its name, job types and payloads, and the producer the API and the
 * cron use. The consumer (metrics-sync.processor.ts) imports this file, never the other way round.
 */
export const METRICS_QUEUE = 'metrics-sync';
/** One connection's publications over the trailing window (fanned out by SYNC_SLOT_JOB). */
export const SYNC_CONNECTION_JOB = 'sync-connection';
/** One campaign, asked for by a recruiter ("Sync now"); backed by a metrics_sync_requests row. */
export const SYNC_CAMPAIGN_JOB = 'sync-campaign';
/** METRICS_SYNC_CRON's job: finds the connections to sync and enqueues one SYNC_CONNECTION_JOB each. */
export const SYNC_SLOT_JOB = 'sync-slot';
/** RECONCILE_CRON's job: re-enqueues "Sync now" requests whose job Redis lost or never got. */
export const RECONCILE_REQUESTS_JOB = 'reconcile-sync-requests';

export interface SyncConnectionData {
  connectionId: string;
  /** time slot the job belongs to (also part of its id) */
  slot: string;
}

export interface SyncCampaignData {
  campaignId: string;
  slot: string;
}

export interface SlotJobData {
  slot: string;
}

/**
 * Deterministic ids per time slot: two cron fires (or two workers) in the same slot add one job.
 * Completed jobs are kept for a day so a late duplicate still finds its twin.
 */
const KEEP = { removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } } as const;
const RETRY = { backoff: { type: 'exponential', delay: 5000 } } as const;

export const campaignSyncJobId = (campaignId: string, slot: string) => `${SYNC_CAMPAIGN_JOB}:${campaignId}:${slot}`;

@Injectable()
export class MetricsSyncQueue {
  constructor(@InjectQueue(METRICS_QUEUE) private readonly queue: Queue) {}

  enqueueConnection(connectionId: string, slot: string) {
    const data: SyncConnectionData = { connectionId, slot };
    return withTimeout(this.queue.add(SYNC_CONNECTION_JOB, data, { jobId: `${SYNC_CONNECTION_JOB}:${connectionId}:${slot}`, attempts: 5, ...RETRY, ...KEEP }));
  }

  /** Adds the campaign's sync job for this slot; throws when Redis does not answer in time. */
  async enqueueCampaign(campaignId: string, slot: string): Promise<string> {
    const data: SyncCampaignData = { campaignId, slot };
    await withTimeout(this.queue.add(SYNC_CAMPAIGN_JOB, data, this.campaignJobOptions(campaignId, slot)));
    return campaignSyncJobId(campaignId, slot);
  }

  /** For the reconciler: (re-)adds the campaign's job unless it is still waiting, running or delayed. */
  async ensureCampaign(campaignId: string, slot: string): Promise<'live' | 'added'> {
    const existing = await this.queue.getJob(campaignSyncJobId(campaignId, slot));
    if (existing) {
      if (LIVE_JOB_STATES.has(await existing.getState())) return 'live';
      await existing.remove();
    }
    await this.enqueueCampaign(campaignId, slot);
    return 'added';
  }

  enqueueSlot(slot: string) {
    return this.addSlotJob(SYNC_SLOT_JOB, slot, 3);
  }

  enqueueRequestReconcile(slot: string) {
    return this.addSlotJob(RECONCILE_REQUESTS_JOB, slot, 1);
  }

  private addSlotJob(kind: string, slot: string, attempts: number) {
    const data: SlotJobData = { slot };
    return withTimeout(this.queue.add(kind, data, { jobId: slotJobId(kind, slot), attempts, ...RETRY, removeOnComplete: 100, removeOnFail: 100 }));
  }

  private campaignJobOptions(campaignId: string, slot: string): JobOptions {
    return { jobId: campaignSyncJobId(campaignId, slot), attempts: 3, ...RETRY, ...KEEP };
  }
}
