import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { Page, PageQuery } from '../common/pagination';
import { ProblemException } from '../common/problem';
import { CampaignInputs } from './campaign-inputs';
import { assertScheduleAndBudget, newPublication } from './campaign-rules';
import { deriveCampaignStatus, isEditable } from './campaign-status';
import { CampaignTimeline } from './campaign-timeline.repository';
import { CampaignWritesRepository, Tx } from './campaign-writes.repository';
import { CampaignsRepository } from './campaigns.repository';
import { CreateCampaignDto, UpdateCampaignDto } from './dto/campaign-input.dto';
import { CampaignListQuery } from './dto/campaign-query.dto';
import { CampaignEventDto } from './dto/campaign-event.dto';
import { CampaignDto } from './dto/campaign.dto';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { audienceSize, deriveTargeting, Targeting } from './targeting/derive-targeting';
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
    const [job, segments, connections] = await Promise.all([
      this.inputs.job(dto.jobId), this.inputs.segmentsOf(dto.segmentIds), this.inputs.connectionsOf(dto.connectionIds),
    ]);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const fields = {
      name: dto.name, jobId: dto.jobId, segmentIds: [...new Set(dto.segmentIds)], objective: dto.objective,
      dailyBudgetMinor: dto.dailyBudgetMinor, currency: dto.currency, totalBudgetMinor: dto.totalBudgetMinor ?? null,
      startsAt: new Date(dto.startsAt), endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      creative: { ...dto.creative },
    };
    assertScheduleAndBudget(fields);
    const derived = deriveTargeting(job, segments.map((s) => s.profile));
    const audience = audienceSize(segments);
    const id = await this.writes.transaction(async (tx) => {
      const campaign = await this.writes.insertCampaign(tx, { ...fields, createdBy: principal.kind === 'session' ? principal.id : null });
      await this.writes.insertPublications(tx, connections.map((c) => newPublication(campaign.id, c, overrides.get(c.id) ?? derived, audience)));
      await this.timeline.record({
        campaignId: campaign.id, type: 'created', actorLabel: principal.label,
        message: `Draft created for ${connections.map((c) => c.name).join(', ')}.`,
        details: { connections: connections.map((c) => c.id), segments: fields.segmentIds, targetingOverridden: [...overrides.keys()] },
      }, tx);
      await this.audit.record({ action: 'campaign.created', principal, ip, targetType: 'campaign', targetId: campaign.id, details: { name: campaign.name, jobId: campaign.jobId } }, tx);
      return campaign.id;
    });
    return this.repository.detail(id);
  }

  /**
   * Edits a draft. Changing the job or the segments derives every publication's targeting again
   * (except those given in the same request); new connections get derived targeting. References
   * are resolved before the transaction (no pool connection held while other modules query);
   * the transaction re-checks under lock that the draft did not change meanwhile.
   */
  async update(id: string, dto: UpdateCampaignDto, principal: Principal, ip: string): Promise<CampaignDto> {
    const before = await this.findOrFail(id);
    const publicationsBefore = await this.repository.publicationsOf(id);
    assertEditable(publicationsBefore, 'edited');
    const next = changedFields(dto);
    const merged = { ...before, ...next };
    assertScheduleAndBudget(merged);
    const connectionIds = dto.connectionIds ? [...new Set(dto.connectionIds)] : publicationsBefore.map((p) => p.connectionId);
    const connections = await this.inputs.connectionsOf(connectionIds);
    const overrides = parseTargetingOverrides(dto.targeting ?? [], new Map(connections.map((c) => [c.id, c.kind])));
    const rederive = dto.jobId !== undefined || dto.segmentIds !== undefined;
    const added = connections.filter((c) => !publicationsBefore.some((p) => p.connectionId === c.id));
    let derived: { targeting: Targeting; audience: number } | null = null;
    if (rederive || added.length) {
      const [job, segments] = await Promise.all([this.inputs.job(merged.jobId), this.inputs.segmentsOf(merged.segmentIds)]);
      derived = { targeting: deriveTargeting(job, segments.map((s) => s.profile)), audience: audienceSize(segments) };
    }

    await this.writes.transaction(async (tx) => {
      const { campaign, publications } = await this.lockDraft(id, tx, 'edited');
      const unchanged = campaign.updatedAt.getTime() === before.updatedAt.getTime() && publications.length === publicationsBefore.length;
      if (!unchanged) throw new ProblemException(409, 'The campaign changed while it was being edited; please reload and try again.');
      const removed = publications.filter((p) => !connectionIds.includes(p.connectionId));
      await this.writes.deletePublications(tx, removed.map((p) => p.id));
      await this.writes.insertPublications(tx, added.map((c) => newPublication(id, c, overrides.get(c.id) ?? derived!.targeting, derived!.audience)));
      for (const p of publications.filter((x) => connectionIds.includes(x.connectionId))) {
        const targeting = overrides.get(p.connectionId) ?? (rederive ? derived!.targeting : undefined);
        if (targeting || rederive) await this.writes.updatePublication(tx, p.id, { ...(targeting ? { targeting } : {}), ...(rederive ? { audienceSize: derived!.audience } : {}) });
      }
      // Always touch updated_at: it is the draft's version for the concurrency check above.
      await this.writes.updateCampaign(tx, id, { ...next, updatedAt: new Date() });

      const changed = [...Object.keys(next), ...(dto.connectionIds ? ['connectionIds'] : []), ...(dto.targeting ? ['targeting'] : [])];
      await this.timeline.record({ campaignId: id, type: 'updated', actorLabel: principal.label, message: `Draft edited: ${changed.join(', ') || 'nothing changed'}.`, details: { fields: changed } }, tx);
      await this.audit.record({ action: 'campaign.updated', principal, ip, targetType: 'campaign', targetId: id, details: { fields: changed } }, tx);
    });
    return this.repository.detail(id);
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
function changedFields(dto: UpdateCampaignDto): Partial<Campaign> {
  const next: Partial<Campaign> = {};
  for (const key of ['name', 'jobId', 'objective', 'dailyBudgetMinor', 'currency'] as const) {
    if (dto[key] !== undefined) Object.assign(next, { [key]: dto[key] });
  }
  if (dto.creative) next.creative = { ...dto.creative };
  if (dto.segmentIds) next.segmentIds = [...new Set(dto.segmentIds)];
  if (dto.totalBudgetMinor !== undefined) next.totalBudgetMinor = dto.totalBudgetMinor ?? null;
  if (dto.startsAt !== undefined) next.startsAt = new Date(dto.startsAt);
  if (dto.endsAt !== undefined) next.endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
  return next;
}
