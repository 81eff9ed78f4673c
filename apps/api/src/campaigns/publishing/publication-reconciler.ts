import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignTimeline } from '../campaign-timeline';
import { PublishQueue, PUBLISH_JOB, STATUS_JOB } from './publish-queue';

export interface ReconcileReport {
  /** Publications whose job was missing or dead and has been enqueued again. */
  publishEnqueued: number;
  statusEnqueued: number;
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: PublishQueue,
    private readonly timeline: CampaignTimeline,
  ) {}

  async run(options: { graceMs?: number } = {}): Promise<ReconcileReport> {
    const report: ReconcileReport = { publishEnqueued: 0, statusEnqueued: 0, live: 0, completed: 0 };
    report.completed = await this.completeEnded();
    const rows: { id: string; status: string; publish_generation: number; status_generation: number }[] = await this.dataSource.query(
      `SELECT p.id, p.status, p.publish_generation, p.status_generation
         FROM campaign_publications p JOIN platform_connections c ON c.id = p.connection_id
        WHERE (p.status IN ('queued','publishing') OR (p.status IN ('active','paused') AND p.status <> p.target_status)
               OR (p.status IN ('failed','completed') AND p.target_status = 'archived'))
          AND p.updated_at < now() - make_interval(secs => $1::double precision / 1000)
          AND c.status <> 'needs_reauth' AND c.archived_at IS NULL
        ORDER BY p.updated_at LIMIT ${BATCH}`,
      [options.graceMs ?? DEFAULT_GRACE_MS],
    );
    for (const row of rows) {
      const publish = row.status === 'queued' || row.status === 'publishing';
      const outcome = publish
        ? await this.queue.ensure(PUBLISH_JOB, { publicationId: row.id, generation: row.publish_generation })
        : await this.queue.ensure(STATUS_JOB, { publicationId: row.id, generation: row.status_generation });
      if (outcome === 'live') report.live++;
      else if (publish) report.publishEnqueued++;
      else report.statusEnqueued++;
    }
    if (report.publishEnqueued || report.statusEnqueued || report.completed) this.logger.log(report, 'reconciled publications');
    return report;
  }

  private async completeEnded(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ended: { id: string; campaign_id: string; status: string }[] = await manager.query(
        `UPDATE campaign_publications p SET status = 'completed', status_changed_at = now(), updated_at = now()
           FROM campaigns c
          WHERE c.id = p.campaign_id AND c.ends_at IS NOT NULL AND c.ends_at < now()
            AND p.status IN ('active','paused') AND p.target_status <> 'archived'
          RETURNING p.id, p.campaign_id, p.status`,
      ).then(([rows]: [typeof ended]) => rows);
      await this.timeline.record(ended.map((row) => ({
        campaignId: row.campaign_id, publicationId: row.id, type: 'publication_completed',
        message: 'Completed: the campaign reached its end date.',
      })), manager);
      return ended.length;
    });
  }
}
