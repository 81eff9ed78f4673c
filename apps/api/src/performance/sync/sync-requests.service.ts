import { Injectable, Logger } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { minuteSlot } from '../../queues/slot-cron';
import { campaignSyncJobId, MetricsSyncQueue } from './metrics-sync.queue';
import type { DeliveryTotals } from './metrics.repository';
import { SyncRequestsRepository } from './sync-requests.repository';

/** Requests younger than this belong to a request still enqueueing its own job. */
const DEFAULT_GRACE_MS = 30_000;

export interface RequestReconcileReport {
  /** Pending requests whose job was missing or finished and has been enqueued again. */
  enqueued: number;
  /** Pending requests whose job is still waiting, running or delayed. */
  live: number;
}

/**
 * "Sync now": the request is saved first, then its job enqueued (at most one per campaign and
 * minute). If Redis is away or later loses the job, the row stays pending and the reconciler
 * (RECONCILE_CRON) enqueues it again, so no request is lost.
 */
@Injectable()
export class SyncRequestsService {
  private readonly logger = new Logger(SyncRequestsService.name);

  constructor(private readonly requests: SyncRequestsRepository, private readonly queue: MetricsSyncQueue) {}

  /** Returns the id of the job that serves the request (deterministic per campaign and minute). */
  async request(campaignId: string, now: Date = new Date()): Promise<string> {
    const slot = minuteSlot(now);
    if (!(await this.requests.request(campaignId, slot))) throw new ProblemException(404, `Campaign ${campaignId} does not exist.`);
    try {
      return await this.queue.enqueueCampaign(campaignId, slot);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message, campaignId }, 'could not enqueue the sync; the reconciler will retry');
      return campaignSyncJobId(campaignId, slot);
    }
  }

  /** The job of `slot` ended (error: it gave up); a newer request stays pending. */
  served(campaignId: string, slot: string, error: string | null = null, outcome: DeliveryTotals | null = null): Promise<void> {
    return this.requests.finish(campaignId, slot, error, outcome);
  }

  async reconcile(options: { graceMs?: number } = {}): Promise<RequestReconcileReport> {
    const report: RequestReconcileReport = { enqueued: 0, live: 0 };
    for (const pending of await this.requests.pending(options.graceMs ?? DEFAULT_GRACE_MS)) {
      if ((await this.queue.ensureCampaign(pending.campaignId, pending.slot)) === 'live') report.live++;
      else report.enqueued++;
    }
    if (report.enqueued) this.logger.log(report, 're-enqueued lost sync requests');
    return report;
  }
}
