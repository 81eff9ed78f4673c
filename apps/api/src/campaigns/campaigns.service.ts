import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { Page, PageQuery } from '../common/pagination';
import { ProblemException } from '../common/problem';
import { CampaignInputs } from './campaign-inputs';
import type { CreativeImageRef } from '../ads-platforms';
import { CreativeImagesService } from '../creatives/creative-images.api';
import { assertBillingCurrency, assertScheduleAndBudget, newPublication, storedCreative } from './campaign-rules';
import { deriveCampaignStatus, isEditable } from './campaign-status';
import { CampaignTimeline } from './campaign-timeline.repository';
import { CampaignWritesRepository, Tx } from './campaign-writes.repository';
import { CampaignsRepository } from './campaigns.repository';
import { LiveCampaignEdits } from './live-campaign-edits';
import { CreateCampaignDto, CreativeDto, UpdateCampaignDto } from './dto/campaign-input.dto';
import { CampaignListQuery } from './dto/campaign-query.dto';
import { CampaignEventDto } from './dto/campaign-event.dto';
import { CampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { decideOverride, FairnessOverride } from './fairness/fairness-override';
import { CampaignSegments } from './targeting/campaign-segments';
import { deriveTargeting, Targeting } from './targeting/derive-targeting';
import { parseTargetingOverrides } from './targeting/targeting-input';

/** Campaign drafts: create, read, edit and delete (publishing and status changes: CampaignActionsService). */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly writes: CampaignWritesRepository,
    private readonly inputs: CampaignInputs,
    private readonly repository: CampaignsRepository,
    private readonly timeline: CampaignTimeline,
    private readonly audit: AuditService,
    private readonly segments: CampaignSegments,
    private readonly liveEdits: LiveCampaignEdits,
    private readonly images: CreativeImagesService,
  ) {}

  list(query: CampaignListQuery): Promise<Page<CampaignDto>> {
    return this.repository.list(query);
  }

  get(id: string): Promise<CampaignDto> {
    return this.repository.detail(id);
  }

  async events(id: string, query: PageQuery): Promise<Page<CampaignEventDto>> {
    await this.findOrFail(id);
    return this.repository.events(id, query);
  }

  /** A draft with one draft publication per connection, targeting derived unless given. */
  async create(dto: CreateCampaignDto, principal: Principal, ip: string): Promise<CampaignDto> {
    const [job, segments, connections, image] = await Promise.all([
      this.inputs.job(dto.jobId), this.inputs.segmentsOf(dto.segmentIds), this.inputs.connectionsOf(dto.connectionIds), this.imageOf(dto.creative),
    ]);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const fields = {
      name: dto.name, jobId: dto.jobId, segmentIds: [...new Set(dto.segmentIds)], objective: dto.objective,
      dailyBudgetMinor: dto.dailyBudgetMinor, currency: dto.currency, totalBudgetMinor: dto.totalBudgetMinor ?? null,
      startsAt: new Date(dto.startsAt), endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      ...splitCreative(dto.creative, image),
    };
    assertScheduleAndBudget(fields);
    assertBillingCurrency(fields.currency, connections);
    const fairnessOverride = decideOverride(segments, dto.fairnessOverride?.reason, null, principal);
    const derived = deriveTargeting(job, segments.map((s) => s.profile));
    const targetings = connections.map((c) => overrides.get(c.id) ?? derived);
    const audiences = await Promise.all(targetings.map((t) => this.segments.audienceFor(segments, t)));
    const id = await this.writes.transaction(async (tx) => {
      const campaign = await this.writes.insertCampaign(tx, { ...fields, fairnessOverride, createdBy: principal.kind === 'session' ? principal.id : null });
      await this.writes.insertPublications(tx, connections.map((c, i) => newPublication(campaign.id, c, targetings[i], audiences[i])));
      await this.timeline.record({
        campaignId: campaign.id, type: 'created', actorLabel: principal.label,
        message: `Draft created for ${connections.map((c) => c.name).join(', ')}.`,
        details: { connections: connections.map((c) => c.id), segments: fields.segmentIds, targetingOverridden: [...overrides.keys()] },
      }, tx);
      await this.audit.record({ action: 'campaign.created', principal, ip, targetType: 'campaign', targetId: campaign.id, details: { name: campaign.name, jobId: campaign.jobId } }, tx);
      if (fairnessOverride) await this.recordOverride(tx, campaign.id, fairnessOverride, principal, ip);
      return campaign.id;
    });
    return this.repository.detail(id);
  }

  /**
   * Edits a draft (a published campaign: LiveCampaignEdits). Changing the job or the segments derives every publication's targeting again
   * (except those given in the same request); new connections get derived targeting. References
   * are resolved before the transaction (no pool connection held while other modules query);
   * the transaction re-checks under lock that the draft did not change meanwhile.
   */
  async update(id: string, dto: UpdateCampaignDto, principal: Principal, ip: string): Promise<CampaignDto> {
    const before = await this.findOrFail(id);
    const publicationsBefore = await this.repository.publicationsOf(id);
    const image = await this.imageOf(dto.creative);
    if (!isEditable(publicationsBefore.map((p) => p.status))) {
      await this.liveEdits.update(before, publicationsBefore, dto, principal, ip, image);
      return this.repository.detail(id);
    }
    const next = changedFields(dto, image);
    const merged = { ...before, ...next };
    assertScheduleAndBudget(merged);
    const connectionIds = dto.connectionIds ? [...new Set(dto.connectionIds)] : publicationsBefore.map((p) => p.connectionId);
    const connections = await this.inputs.connectionsOf(connectionIds);
    assertBillingCurrency(merged.currency, connections);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const rederive = dto.jobId !== undefined || dto.segmentIds !== undefined;
    const fairnessOverride = dto.segmentIds !== undefined || dto.fairnessOverride
      ? decideOverride(await this.inputs.segmentsOf(merged.segmentIds), dto.fairnessOverride?.reason, before.fairnessOverride, principal)
      : null;
    const added = connections.filter((c) => !publicationsBefore.some((p) => p.connectionId === c.id));
    // New targeting (and its audience estimate) for added publications and those whose targeting changes.
    const retargeted = new Map<string, { targeting: Targeting; audience: number }>();
    if (rederive || added.length || overrides.size) {
      const [job, segments] = await Promise.all([this.inputs.job(merged.jobId), this.inputs.segmentsOf(merged.segmentIds)]);
      const derived = deriveTargeting(job, segments.map((s) => s.profile));
      for (const c of connections) {
        const kept = publicationsBefore.find((p) => p.connectionId === c.id);
        const targeting = overrides.get(c.id) ?? (rederive || !kept ? derived : kept.targeting);
        if (overrides.has(c.id) || rederive || !kept) retargeted.set(c.id, { targeting, audience: await this.segments.audienceFor(segments, targeting) });
      }
    }

    await this.writes.transaction(async (tx) => {
      const { campaign, publications } = await this.lockDraft(id, tx, 'edited');
      const unchanged = campaign.updatedAt.getTime() === before.updatedAt.getTime() && publications.length === publicationsBefore.length;
      if (!unchanged) throw new ProblemException(409, 'The campaign changed while it was being edited; please reload and try again.');
      const removed = publications.filter((p) => !connectionIds.includes(p.connectionId));
      await this.writes.deletePublications(tx, removed.map((p) => p.id));
      await this.writes.insertPublications(tx, added.map((c) => newPublication(id, c, retargeted.get(c.id)!.targeting, retargeted.get(c.id)!.audience)));
      for (const p of publications.filter((x) => connectionIds.includes(x.connectionId))) {
        const change = retargeted.get(p.connectionId);
        if (change) await this.writes.updatePublication(tx, p.id, { targeting: change.targeting, audienceSize: change.audience });
      }
      // Always touch updated_at: it is the draft's version for the concurrency check above.
      await this.writes.updateCampaign(tx, id, { ...next, ...(fairnessOverride ? { fairnessOverride } : {}), updatedAt: new Date() });
      if (fairnessOverride) await this.recordOverride(tx, id, fairnessOverride, principal, ip);

      const changed = [...Object.keys(next), ...(dto.connectionIds ? ['connectionIds'] : []), ...(dto.targeting ? ['targeting'] : [])];
      await this.timeline.record({ campaignId: id, type: 'updated', actorLabel: principal.label, message: `Draft edited: ${changed.join(', ') || 'nothing changed'}.`, details: { fields: changed } }, tx);
      await this.audit.record({ action: 'campaign.updated', principal, ip, targetType: 'campaign', targetId: id, details: { fields: changed } }, tx);
    });
    return this.repository.detail(id);
  }

  /** An admin overrides the fairness audit for the campaign's segments flagged now (e.g. after a new run flagged them). */
  async overrideFairness(id: string, reason: string, principal: Principal, ip: string): Promise<CampaignDto> {
    const campaign = await this.findOrFail(id);
    const targeted = (await this.segments.active()).filter((s) => campaign.segmentIds.includes(s.id));
    const override = decideOverride(targeted, reason, null, principal)!;
    await this.writes.transaction(async (tx) => {
      await this.writes.updateCampaign(tx, id, { fairnessOverride: override, updatedAt: new Date() });
      await this.recordOverride(tx, id, override, principal, ip);
    });
    return this.repository.detail(id);
  }

  /** The admin's override, on the campaign's timeline and in the audit log (with the reason and what it covers). */
  private async recordOverride(tx: Tx, campaignId: string, override: FairnessOverride, principal: Principal, ip: string): Promise<void> {
    const flagged = override.segments.map((s) => `"${s.name}" (${s.flags.join(', ')})`).join('; ');
    await this.timeline.record({ campaignId, type: 'updated', actorLabel: principal.label, message: `Fairness audit overridden for ${flagged}: ${override.reason}`, details: { fairnessOverride: override } }, tx);
    await this.audit.record({ action: 'campaign.fairness_overridden', principal, ip, targetType: 'campaign', targetId: campaignId, details: { reason: override.reason, segments: override.segments } }, tx);
  }

  async remove(id: string, principal: Principal, ip: string): Promise<void> {
    await this.writes.transaction(async (tx) => {
      const { campaign } = await this.lockDraft(id, tx, 'deleted');
      await this.writes.deleteCampaign(tx, id);
      await this.audit.record({ action: 'campaign.deleted', principal, ip, targetType: 'campaign', targetId: id, details: { name: campaign.name } }, tx);
    });
  }

  /** Locks the campaign, then its publications (the one lock order of every campaign write). */
  private async lockDraft(id: string, tx: Tx, verb: string): Promise<{ campaign: Campaign; publications: Publication[] }> {
    const locked = await this.writes.lockCampaign(tx, id);
    if (!locked) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    assertEditable(locked.publications, verb);
    return locked;
  }

  /** The uploaded image a creative names (size read from the stored bytes); 422 on creative.imageKey when unknown. */
  private async imageOf(creative: CreativeDto | undefined): Promise<CreativeImageRef | undefined> {
    return creative?.imageKey ? this.images.resolve(creative.imageKey, 'creative.imageKey') : undefined;
  }

  private async findOrFail(id: string): Promise<Campaign> {
    const campaign = await this.repository.findCampaign(id);
    if (!campaign) throw new ProblemException(404, `Campaign ${id} does not exist.`);
    return campaign;
  }
}

function assertEditable(publications: Publication[], verb: string): void {
  const statuses = publications.map((p) => p.status);
  if (!isEditable(statuses)) {
    const status = deriveCampaignStatus(statuses);
    throw new ProblemException(409, `Only draft campaigns can be ${verb}; this one is ${status}.`, { campaignStatus: status });
  }
}

/** The campaign columns a PATCH sets (undefined = not sent; null clears an optional one). */
function changedFields(dto: UpdateCampaignDto, image: CreativeImageRef | undefined): Partial<Campaign> {
  const next: Partial<Campaign> = {};
  for (const key of ['name', 'jobId', 'objective', 'dailyBudgetMinor', 'currency'] as const) {
    if (dto[key] !== undefined) Object.assign(next, { [key]: dto[key] });
  }
  // New text without an origin was typed by hand.
  if (dto.creative) Object.assign(next, splitCreative(dto.creative, image));
  if (dto.segmentIds) next.segmentIds = [...new Set(dto.segmentIds)];
  if (dto.totalBudgetMinor !== undefined) next.totalBudgetMinor = dto.totalBudgetMinor ?? null;
  if (dto.startsAt !== undefined) next.startsAt = new Date(dto.startsAt);
  if (dto.endsAt !== undefined) next.endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
  return next;
}

/** The creative's text and image (stored as jsonb, sent to platforms) and its origin (its own column, never sent). */
function splitCreative(dto: CreativeDto, image: CreativeImageRef | undefined): Pick<Campaign, 'creative' | 'creativeOrigin'> {
  return { creative: storedCreative(dto, image), creativeOrigin: dto.origin ?? 'manual' };
}
