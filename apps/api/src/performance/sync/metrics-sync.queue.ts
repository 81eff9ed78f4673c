import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';

export const METRICS_QUEUE = 'metrics-sync';
export const SYNC_CONNECTION_JOB = 'sync-connection';
export const SYNC_CAMPAIGN_JOB = 'sync-campaign';

export interface SyncConnectionData {
  connectionId: string;
  /** time slot the job belongs to (also part of its id) */
  slot: string;
}

export interface SyncCampaignData {
  campaignId: string;
  slot: string;
}

/**
 * Deterministic ids per time slot: two cron fires (or two workers) in the same slot add one job.
 * Completed jobs are kept for a day so a late duplicate still finds its twin.
 */
const KEEP = { removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } } as const;

@Injectable()
export class MetricsSyncQueue {
  constructor(@InjectQueue(METRICS_QUEUE) private readonly queue: Queue) {}

  enqueueConnection(connectionId: string, slot: string) {
    const data: SyncConnectionData = { connectionId, slot };
    return this.queue.add(SYNC_CONNECTION_JOB, data, { jobId: `${SYNC_CONNECTION_JOB}:${connectionId}:${slot}`, attempts: 5, backoff: { type: 'exponential', delay: 5000 }, ...KEEP });
  }

  enqueueCampaign(campaignId: string, slot: string) {
    const data: SyncCampaignData = { campaignId, slot };
    return this.queue.add(SYNC_CAMPAIGN_JOB, data, { jobId: `${SYNC_CAMPAIGN_JOB}:${campaignId}:${slot}`, attempts: 3, backoff: { type: 'exponential', delay: 5000 }, ...KEEP });
  }
}

/** Slot of a manual or scheduled sync: the minute. */
export const minuteSlot = (now: Date = new Date()) => now.toISOString().slice(0, 16);
