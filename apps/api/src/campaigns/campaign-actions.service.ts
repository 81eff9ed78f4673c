import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { ProblemException } from '../common/problem';
import { CampaignTimeline } from './campaign-timeline';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { PublishChecks } from './publish-checks';
import { acceptsTarget, PUBLISHABLE, TargetStatus } from './publication-status';
import { needsPlatformChange } from './publishing/publication-status-sync';
import { PublicationJobData, PUBLISH_JOB, PublishQueue, STATUS_JOB } from './publishing/publish-queue';

const REQUESTED: Record<TargetStatus, { type: string; verb: string; noun: string }> = {
  active: { type: 'resume_requested', verb: 'resume', noun: 'Resume' },
  paused: { type: 'pause_requested', verb: 'pause', noun: 'Pause' },
  archived: { type: 'archive_requested', verb: 'archive', noun: 'Archive' },
};

/**
 * Publish, pause, resume, archive. Each writes the rows and the timeline in one transaction and
 * enqueues the jobs after commit. If Redis is unavailable the request still succeeds (202): the
 * rows say what is owed and the reconciler enqueues it once the queue is back.
 */
@Injectable()
export class CampaignActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checks: PublishChecks,
    private readonly queue: PublishQueue,
    private readonly repository: CampaignsRepository,
    private readonly timeline: CampaignTimeline,
    private readonly audit: AuditService,
  ) {}

  /**
   * Queues every draft or failed publication; a failed one resumes after its last recorded step.
   * The checks read other modules outside the transaction (no pool connection is held while
   * another is awaited); the transaction then re-reads the rows under lock and only queues those
   * still publishable and unchanged since the checks.
   */
  async publish(id: string, principal: Principal, ip: string): Promise<CampaignDto> {
    const before = await this.load(id);
    const checked = before.publications.filter((p) => PUBLISHABLE.includes(p.status));
    if (checked.length === 0) throw new ProblemException(409, 'Nothing to publish: every publication is already queued, live or archived.');
    await this.checks.assertPublishable(before.campaign, checked);
    const refs = await this.dataSource.transaction(async (manager) => {
      const { campaign, publications } = await this.load(id, manager);
      if (campaign.updatedAt.getTime() !== before.campaign.updatedAt.getTime()) throw editedMeanwhile();
      const publishable = publications.filter((p) => PUBLISHABLE.includes(p.status) && checked.some((c) => c.id === p.id && c.updatedAt.getTime() === p.updatedAt.getTime()));
      if (publishable.length !== checked.length) throw editedMeanwhile();
      const rows: { id: string; publish_generation: number }[] = await manager.query(
        `UPDATE campaign_publications
            SET status = 'queued', target_status = 'active', publish_generation = publish_generation + 1, attempts = 0,
                last_error = NULL, last_error_kind = NULL, queued_at = now(), status_changed_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) RETURNING id, publish_generation`,
        [publishable.map((p) => p.id)],
      ).then(([result]: [typeof rows]) => result);
      await this.timeline.record(publishable.map((p) => ({
        campaignId: id, publicationId: p.id, type: 'publish_requested', actorLabel: principal.label,
        message: p.status === 'failed'
          ? `Publishing requested again; resumes after the ${Object.keys(p.externalIds).length} step(s) already recorded.`
          : 'Publishing requested.',
      })), manager);
      await this.audit.record({ action: 'campaign.published', principal, ip, targetType: 'campaign', targetId: id, details: { publications: rows.map((r) => r.id) } }, manager);
      return rows.map((r) => ({ publicationId: r.id, generation: r.publish_generation }));
    });
    await this.enqueueAfterCommit(id, PUBLISH_JOB, refs);
    return this.repository.detail(id);
  }

  pause(id: string, principal: Principal, ip: string): Promise<CampaignDto> {
    return this.changeTarget(id, 'paused', principal, ip);
  }

  resume(id: string, principal: Principal, ip: string): Promise<CampaignDto> {
    return this.changeTarget(id, 'active', principal, ip);
  }

  archive(id: string, principal: Principal, ip: string): Promise<CampaignDto> {
    return this.changeTarget(id, 'archived', principal, ip);
  }

  /**
   * The job of these campaigns can no longer be applied to (domain event): pause whatever is
   * live or on its way, with the reason on the timeline. Idempotent.
   */
  pauseForJob(jobId: string, reason: string, details: Record<string, unknown>): Promise<number> {
    return this.systemPause('c.job_id = :id', jobId, reason, details);
  }

  /** An automation rule pauses a campaign, like a recruiter would, with its reason. Idempotent. */
  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number> {
    return this.systemPause('c.id = :id', campaignId, reason, details);
  }

  /** Pauses (target → paused) every live or in-flight publication matched; returns how many. */
  private async systemPause(where: string, id: string, reason: string, details: Record<string, unknown>): Promise<number> {
    const refs = await this.dataSource.transaction(async (manager) => {
      const publications = await manager.getRepository(Publication)
        .createQueryBuilder('p').innerJoin(Campaign, 'c', 'c.id = p.campaign_id')
        .where(where, { id }).andWhere(`p.status IN ('queued','publishing','active') AND p.target_status = 'active'`)
        .setLock('pessimistic_write', undefined, ['p']).getMany();
      return this.setTarget(manager, publications, 'paused', { type: 'auto_paused', message: reason, level: 'warn', details });
    });
    for (const campaignId of new Set(refs.map((r) => r.campaignId))) {
      await this.enqueueAfterCommit(campaignId, STATUS_JOB, refs.filter((r) => r.campaignId === campaignId && r.needsJob));
    }
    return refs.length;
  }

  private async changeTarget(id: string, target: TargetStatus, principal: Principal, ip: string): Promise<CampaignDto> {
    const { noun, verb, type } = REQUESTED[target];
    // Read before the transaction: no pool connection is held while another module queries.
    if (target === 'active') await this.checks.assertAdvertisable((await this.load(id)).campaign.jobId);
    const refs = await this.dataSource.transaction(async (manager) => {
      const { publications } = await this.load(id, manager);
      const eligible = publications.filter((p) => acceptsTarget(p.status, target) && p.targetStatus !== target);
      if (eligible.length === 0) throw new ProblemException(409, `Nothing to ${verb}: no publication is in a status that allows it.`);
      const changed = await this.setTarget(manager, eligible, target, { type, message: `${noun} requested.`, actorLabel: principal.label });
      await this.audit.record({ action: `campaign.${type.replace('_requested', '')}`, principal, ip, targetType: 'campaign', targetId: id, details: { publications: eligible.map((p) => p.id) } }, manager);
      return changed;
    });
    await this.enqueueAfterCommit(id, STATUS_JOB, refs.filter((r) => r.needsJob));
    return this.repository.detail(id);
  }

  /**
   * New target + status generation per publication. Only publications whose objects exist need
   * a status job; those still being published settle on the target by themselves.
   */
  private async setTarget(
    manager: EntityManager, publications: Publication[], target: TargetStatus,
    event: { type: string; message: string; level?: 'info' | 'warn'; actorLabel?: string; details?: Record<string, unknown> },
  ): Promise<(PublicationJobData & { campaignId: string; needsJob: boolean })[]> {
    if (publications.length === 0) return [];
    await manager.getRepository(Publication).increment({ id: In(publications.map((p) => p.id)) }, 'statusGeneration', 1);
    await manager.getRepository(Publication).update({ id: In(publications.map((p) => p.id)) }, { targetStatus: target });
    await this.timeline.record(publications.map((p) => ({ campaignId: p.campaignId, publicationId: p.id, ...event })), manager);
    return publications.map((p) => ({
      campaignId: p.campaignId, publicationId: p.id, generation: p.statusGeneration + 1, needsJob: needsPlatformChange(p.status, target),
    }));
  }

  private async enqueueAfterCommit(campaignId: string, kind: typeof PUBLISH_JOB | typeof STATUS_JOB, refs: readonly (PublicationJobData & { campaignId?: string })[]): Promise<void> {
    if (refs.length === 0) return;
    const ok = await this.queue.enqueue(kind, refs.map(({ publicationId, generation }) => ({ publicationId, generation })));
    if (!ok) {
      await this.timeline.record(refs.map((r) => ({
        campaignId, publicationId: r.publicationId, type: 'enqueue_deferred', level: 'warn' as const,
        message: 'The job queue is unavailable; the work is saved and will start as soon as the queue is back (checked every minute).',
      }))).catch(() => undefined);
    }
  }

  /** The campaign and its publications; row-locked when read inside a transaction. */
  private async load(id: string, manager?: EntityManager): Promise<{ campaign: Campaign; publications: Publication[] }> {
    const lock = manager ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const m = manager ?? this.dataSource.manager;
    const campaign = await m.getRepository(Campaign).findOne({ where: { id }, ...lock });
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    const publications = await m.getRepository(Publication).find({ where: { campaignId: id }, order: { createdAt: 'ASC' }, ...lock });
    return { campaign, publications };
  }
}

function editedMeanwhile(): ProblemException {
  return new ProblemException(409, 'The campaign changed while it was being checked; please try again.');
}
