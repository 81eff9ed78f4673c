import { Injectable } from '@nestjs/common';
import type { CreativeImageRef, LiveChange } from '../ads-platforms';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { fieldProblem, ProblemException } from '../common/problem';
import { assertScheduleAndBudget, storedCreative } from './campaign-rules';
import { CampaignTimeline } from './campaign-timeline.repository';
import { CampaignWritesRepository } from './campaign-writes.repository';
import { PublicationJobData, PublishQueue, UPDATE_JOB } from './campaigns.queue';
import { UpdateCampaignDto } from './dto/campaign-input.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { isInFlight, isLive } from './publication-status';
import { describeChanges } from './publishing/publication-updater';

/** What may change once a campaign is published: each maps to the part of the platform objects it edits. */
const LIVE_FIELDS = ['dailyBudgetMinor', 'totalBudgetMinor', 'endsAt', 'creative'] as const;

/**
 * Edits of a published campaign: budget, total cap, end date and ad text. The campaign row is
 * written and each live publication marked as owing the edit in one transaction (so the edit is
 * never lost), then one update job per publication is enqueued; the timeline shows the request
 * and, from the worker, each platform's result. 409 when the campaign changed meanwhile.
 */
@Injectable()
export class LiveCampaignEdits {
  constructor(
    private readonly writes: CampaignWritesRepository,
    private readonly queue: PublishQueue,
    private readonly timeline: CampaignTimeline,
    private readonly audit: AuditService,
  ) {}

  async update(
    before: Campaign, publicationsBefore: Publication[], dto: UpdateCampaignDto, principal: Principal, ip: string, image?: CreativeImageRef,
  ): Promise<void> {
    const refused = Object.keys(dto).find((key) => dto[key as keyof UpdateCampaignDto] !== undefined && !(LIVE_FIELDS as readonly string[]).includes(key));
    if (refused) throw fieldProblem(409, refused, 'cannot change once the campaign is published; only the budget, the end date and the ad text can');
    if (publicationsBefore.some((p) => isInFlight(p.status))) throw new ProblemException(409, 'The campaign is being published; edit it once publishing has finished.');
    const live = publicationsBefore.filter((p) => isLive(p.status) && p.targetStatus !== 'archived');
    if (live.length === 0) throw new ProblemException(409, 'Nothing live to edit: the campaign has ended or is archived.');
    if (dto.endsAt === null) throw fieldProblem(422, 'endsAt', 'a published campaign’s end can be moved, not removed');
    const next = liveFields(dto, image);
    assertScheduleAndBudget({ ...before, ...next });
    if (next.endsAt && next.endsAt <= new Date()) throw fieldProblem(422, 'endsAt', 'must be in the future');
    const changes = platformChanges(before, next);

    const refs = await this.writes.transaction(async (tx) => {
      const locked = await this.writes.lockCampaign(tx, before.id);
      if (!locked) throw new ProblemException(404, `Campaign ${before.id} does not exist.`);
      const sameStatuses = locked.publications.length === publicationsBefore.length
        && locked.publications.every((p) => publicationsBefore.some((b) => b.id === p.id && b.status === p.status && b.targetStatus === p.targetStatus));
      if (locked.campaign.updatedAt.getTime() !== before.updatedAt.getTime() || !sameStatuses) {
        throw new ProblemException(409, 'The campaign changed while it was being edited; please reload and try again.');
      }
      await this.writes.updateCampaign(tx, before.id, { ...next, updatedAt: new Date() });
      const owed = changes.length ? await this.writes.markUpdateOwed(tx, live.map((p) => p.id), changes) : [];
      const fields = Object.keys(next);
      await this.timeline.record([
        { campaignId: before.id, type: 'updated', actorLabel: principal.label, message: `Live campaign edited: ${fields.join(', ') || 'nothing changed'}.`, details: { fields } },
        ...owed.map((row) => ({
          campaignId: before.id, publicationId: row.id, type: 'update_requested', actorLabel: principal.label,
          message: `Sending the new ${describeChanges(changes)} to the platform.`, details: { changes, generation: row.update_generation },
        })),
      ], tx);
      await this.audit.record({ action: 'campaign.updated', principal, ip, targetType: 'campaign', targetId: before.id, details: { fields, live: true } }, tx);
      return owed.map((row): PublicationJobData => ({ publicationId: row.id, generation: row.update_generation }));
    });
    if (refs.length && !(await this.queue.enqueue(UPDATE_JOB, refs))) {
      await this.timeline.record(refs.map((r) => ({
        campaignId: before.id, publicationId: r.publicationId, type: 'enqueue_deferred', level: 'warn' as const,
        message: 'The job queue is unavailable; the edit is saved and will be sent as soon as the queue is back (checked every minute).',
      }))).catch(() => undefined);
    }
  }
}

function liveFields(dto: UpdateCampaignDto, image: CreativeImageRef | undefined): Partial<Campaign> {
  const next: Partial<Campaign> = {};
  if (dto.dailyBudgetMinor !== undefined) next.dailyBudgetMinor = dto.dailyBudgetMinor;
  if (dto.totalBudgetMinor !== undefined) next.totalBudgetMinor = dto.totalBudgetMinor ?? null;
  if (dto.endsAt) next.endsAt = new Date(dto.endsAt);
  if (dto.creative) next.creative = storedCreative(dto.creative, image);
  return next;
}

/** The platform parts that really differ (the total cap is ours alone: pacing enforces it). */
function platformChanges(before: Campaign, next: Partial<Campaign>): LiveChange[] {
  const changes: LiveChange[] = [];
  if (next.dailyBudgetMinor !== undefined && next.dailyBudgetMinor !== before.dailyBudgetMinor) changes.push('budget');
  if (next.endsAt && next.endsAt.getTime() !== before.endsAt?.getTime()) changes.push('schedule');
  const imageChanged = next.creative && (next.creative.image?.key ?? null) !== (before.creative.image?.key ?? null);
  if (next.creative && (imageChanged || CREATIVE_FIELDS.some((f) => (next.creative![f] ?? null) !== (before.creative[f] ?? null)))) changes.push('creative');
  return changes;
}

const CREATIVE_FIELDS = ['headline', 'primaryText', 'description', 'callToAction', 'imageUrl'] as const;
