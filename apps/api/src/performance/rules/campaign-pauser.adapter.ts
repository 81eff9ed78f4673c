import { Injectable } from '@nestjs/common';
import { CampaignActionsService } from '../../campaigns/campaign-actions.service';
import { CampaignPauser } from './campaign-pauser';

/** Automation pauses through the campaigns module, like a recruiter's pause. */
@Injectable()
export class CampaignActionsPauser implements CampaignPauser {
  constructor(private readonly actions: CampaignActionsService) {}

  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number> {
    return this.actions.pauseCampaign(campaignId, reason, details);
  }
}
