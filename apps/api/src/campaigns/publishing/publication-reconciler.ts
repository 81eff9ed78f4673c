import { Injectable, Logger } from '@nestjs/common';
import { CampaignTimeline } from '../campaign-timeline.repository';
import { PublishQueue, PUBLISH_JOB, STATUS_JOB, UPDATE_JOB } from '../campaigns.queue';
import { PublicationEvents } from './publication-events';
import { PublicationsRepository } from './publications.repository';

export interface ReconcileReport {
  /** Publications whose job was missing or dead and has been enqueued again. */
  publishEnqueued: number;
  statusEnqueued: number;
  /** Live publications with an edit not yet sent whose update job was missing or dead. */
  updateEnqueued: number;
  /** Publications whose job is still waiting, running or delayed. */
  live: number;
  /** Live publications past their campaign's end, marked completed. */
  completed: number;
}

/** Rows younger than this belong to a request still enqueueing its own jobs. */
const DEFAULT_GRACE_MS = 30_000;
const BATCH = 500;

/**
 * Nothing is lost when Redis was away: the rows are the truth. Re-enqueues (with the same
 * deterministic job ids) every publication owed work whose job is missing or finished:
 * queued/publishing ones (publish job) and live ones away from their target status (status job).
 * Also completes live publications whose campaign has ended (the platforms stop delivery by
 * themselves at the end date). Connections that need re-authorisation are left alone.
 */
@Injectable()
export class PublicationReconciler {
  private readonly logger = new Logger(PublicationReconciler.name);

  constructor(
    private readonly publications: PublicationsRepository,
    private readonly queue: PublishQueue,
    private readonly timeline: CampaignTimeline,
    private readonly events: PublicationEvents,
  ) {}

  async run(options: { graceMs?: number } = {}): Promise<ReconcileReport> {
    const report: ReconcileReport = { publishEnqueued: 0, statusEnqueued: 0, updateEnqueued: 0, live: 0, completed: 0 };
    report.completed = await this.completeEnded();
    const rows = await this.publications.findOwed(options.graceMs ?? DEFAULT_GRACE_MS, BATCH);
    for (const row of rows) {
      const publish = row.status === 'queued' || row.status === 'publishing';
      const outcome = publish
        ? await this.queue.ensure(PUBLISH_JOB, { publicationId: row.id, generation: row.publish_generation })
        : await this.queue.ensure(STATUS_JOB, { publicationId: row.id, generation: row.status_generation });
      if (outcome === 'live') report.live++;
      else if (publish) report.publishEnqueued++;
      else report.statusEnqueued++;
    }
    for (const row of await this.publications.findUpdatesOwed(options.graceMs ?? DEFAULT_GRACE_MS, BATCH)) {
      const outcome = await this.queue.ensure(UPDATE_JOB, { publicationId: row.id, generation: row.update_generation });
      if (outcome === 'live') report.live++;
      else report.updateEnqueued++;
    }
    if (report.publishEnqueued || report.statusEnqueued || report.updateEnqueued || report.completed) this.logger.log(report, 'reconciled publications');
    return report;
  }

  private async completeEnded(): Promise<number> {
    const ended = await this.publications.transaction(async (tx) => {
      const rows = await this.publications.completeEnded(tx);
      await this.timeline.record(rows.map((row) => ({
        campaignId: row.campaign_id, publicationId: row.id, type: 'publication_completed',
        message: 'Completed: the campaign reached its end date.',
      })), tx);
      return rows;
    });
    for (const row of ended) this.events.changed({ id: row.id, campaignId: row.campaign_id }, 'completed');
    return ended.length;
  }
}
