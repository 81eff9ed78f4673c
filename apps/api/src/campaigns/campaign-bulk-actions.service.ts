import { Injectable } from '@nestjs/common';
import { Principal } from '../auth';
import { ProblemException } from '../common/problem';
import { CampaignActionsService } from './campaign-actions.service';
import { BulkCampaignActionDto, BulkCampaignOutcomeDto, BulkCampaignResultDto } from './dto/bulk-action.dto';

type RefusedStatus = 404 | 409 | 422;
const REFUSALS: Record<RefusedStatus, BulkCampaignOutcomeDto['outcome']> = { 404: 'not_found', 409: 'conflict', 422: 'invalid' };

/**
 * Pause, resume or archive several campaigns in one request, each exactly as its single action
 * would (same checks, timeline, audit and queueing). Each campaign is its own transaction, taken in
 * ascending id order, and inside it the one lock order of CampaignWritesRepository (campaign, then
 * its publications by id), so a bulk request never holds two campaigns' locks at once and cannot
 * deadlock with another. A campaign that refuses (nothing to pause, no such campaign, changed
 * meanwhile) is reported on its row; the others go ahead.
 */
@Injectable()
export class CampaignBulkActionsService {
  constructor(private readonly actions: CampaignActionsService) {}

  async run(dto: BulkCampaignActionDto, principal: Principal, ip: string): Promise<BulkCampaignResultDto> {
    const outcomes = new Map<string, BulkCampaignOutcomeDto>();
    for (const id of [...dto.campaignIds].sort()) outcomes.set(id, await this.one(dto.action, id, principal, ip));
    const results = dto.campaignIds.map((id) => outcomes.get(id)!);
    const accepted = results.filter((r) => r.outcome === 'accepted').length;
    return { action: dto.action, accepted, refused: results.length - accepted, results };
  }

  private async one(action: BulkCampaignActionDto['action'], campaignId: string, principal: Principal, ip: string): Promise<BulkCampaignOutcomeDto> {
    try {
      const campaign = await this.actions[action](campaignId, principal, ip);
      return { campaignId, outcome: 'accepted', status: 202, detail: null, campaign };
    } catch (error) {
      const status = error instanceof ProblemException ? error.getStatus() : 0;
      if (!(status in REFUSALS)) throw error;
      return { campaignId, outcome: REFUSALS[status as RefusedStatus], status: status as RefusedStatus, detail: problemDetail(error as ProblemException), campaign: null };
    }
  }
}

function problemDetail(error: ProblemException): string {
  const body = error.getResponse();
  return typeof body === 'object' && body && 'detail' in body ? String((body as { detail: unknown }).detail) : error.message;
}
