import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { ProblemException } from '../common/problem';
import { CampaignTimeline } from './campaign-timeline.repository';
import { CampaignWritesRepository, LivePublicationsOf, Tx } from './campaign-writes.repository';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { PublishChecks } from './publish-checks';
import { acceptsTarget, needsPlatformChange, PUBLISHABLE, TargetStatus } from './publication-status';
import { PublicationJobData, PUBLISH_JOB, PublishQueue, STATUS_JOB } from './campaigns.queue';

const REQUESTED: Record<TargetStatus, { type: string; verb: string; noun: string }> = {
  active: { type: 'resume_requested', verb: 'resume', noun: 'Resume' },
  paused: { type: 'pause_requested', verb: 'pause', noun: 'Pause' },
  archived: { type: 'archive_requested', verb: 'archive', noun: 'Archive' },
};

/**
 * Publish, pause, resume, archive. Each writes the rows and the timeline in one transaction and
 * enqueues the jobs after commit. Concurrent requests on one campaign take their locks in one
 * order (CampaignWritesRepository); a deadlock is retried, a change under the caller is a 409,
 * never a 500. If Redis is unavailable the request still succeeds (202): the
 * rows say what is owed and the reconciler enqueues it once the queue is back.
 */
@Injectable()
export class CampaignActionsService {
  constructor(
    private readonly writes: CampaignWritesRepository,
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
    const refs = await this.writes.transaction(async (tx) => {
      const { campaign, publications } = await this.load(id, tx);
      if (campaign.updatedAt.getTime() !== before.campaign.updatedAt.getTime()) throw editedMeanwhile();
      const publishable = publications.filter((p) => PUBLISHABLE.includes(p.status) && checked.some((c) => c.id === p.id && c.updatedAt.getTime() === p.updatedAt.getTime()));
      if (publishable.length !== checked.length) throw editedMeanwhile();
      const rows = await this.writes.markQueued(tx, publishable.map((p) => p.id));
      await this.timeline.record(publishable.map((p) => ({
        campaignId: id, publicationId: p.id, type: 'publish_requested', actorLabel: principal.label,
        message: p.status === 'failed'
          ? `Publishing requested again; resumes after the ${Object.keys(p.externalIds).length} step(s) already recorded.`
          : 'Publishing requested.',
      })), tx);
      await this.audit.record({ action: 'campaign.published', principal, ip, targetType: 'campaign', targetId: id, details: { publications: rows.map((r) => r.id) } }, tx);
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
    return this.systemPause({ jobId }, reason, details);
  }

  /** An automation rule pauses a campaign, like a recruiter would, with its reason. Idempotent. */
  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number> {
    return this.systemPause({ campaignId }, reason, details);
  }

  /** Pauses (target → paused) every live or in-flight publication matched; returns how many. */
  private async systemPause(of: LivePublicationsOf, reason: string, details: Record<string, unknown>): Promise<number> {
    const refs = await this.writes.transaction(async (tx) => {
      const publications = await this.writes.lockLivePublications(tx, of);
      return this.setTarget(tx, publications, 'paused', { type: 'auto_paused', message: reason, level: 'warn', details });
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
    const refs = await this.writes.transaction(async (tx) => {
      const { publications } = await this.load(id, tx);
      // Archiving is final: once asked, a pause or resume no longer applies (the objects are on their way out).
      const eligible = publications.filter((p) => acceptsTarget(p.status, target) && p.targetStatus !== target && p.targetStatus !== 'archived');
      if (eligible.length === 0) throw new ProblemException(409, `Nothing to ${verb}: no publication is in a status that allows it.`);
      const changed = await this.setTarget(tx, eligible, target, { type, message: `${noun} requested.`, actorLabel: principal.label });
      await this.audit.record({ action: `campaign.${type.replace('_requested', '')}`, principal, ip, targetType: 'campaign', targetId: id, details: { publications: eligible.map((p) => p.id) } }, tx);
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
    tx: Tx, publications: Publication[], target: TargetStatus,
    event: { type: string; message: string; level?: 'info' | 'warn'; actorLabel?: string; details?: Record<string, unknown> },
  ): Promise<(PublicationJobData & { campaignId: string; needsJob: boolean })[]> {
    if (publications.length === 0) return [];
    await this.writes.setTarget(tx, publications.map((p) => p.id), target);
    await this.timeline.record(publications.map((p) => ({ campaignId: p.campaignId, publicationId: p.id, ...event })), tx);
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

  /** The campaign and its publications; locked (campaign first, then publications by id) inside a transaction. */
  private async load(id: string, tx?: Tx): Promise<{ campaign: Campaign; publications: Publication[] }> {
    const found = tx
      ? await this.writes.lockCampaign(tx, id)
      : await this.repository.findCampaign(id).then(async (campaign) => campaign && { campaign, publications: await this.repository.publicationsOf(id) });
    if (!found) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    return found;
  }
}

function editedMeanwhile(): ProblemException {
  return new ProblemException(409, 'The campaign changed while it was being checked; please try again.');
}
