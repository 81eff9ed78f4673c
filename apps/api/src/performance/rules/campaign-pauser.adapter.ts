import { Injectable } from '@nestjs/common';
import { CampaignActionsService, CampaignTimeline } from '../../campaigns';
import { CampaignPauser } from './campaign-pauser';

/** Automation pauses through the campaigns module, like a recruiter's pause, and alerts through its timeline. */
@Injectable()
export class CampaignActionsPauser implements CampaignPauser {
  constructor(private readonly actions: CampaignActionsService, private readonly timeline: CampaignTimeline) {}

  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number> {
    return this.actions.pauseCampaign(campaignId, reason, details);
  }

  notifyCampaign(campaignId: string, message: string, details: Record<string, unknown>): Promise<void> {
    return this.timeline.record({ campaignId, type: 'automation.notify', level: 'warn', message, details, actorLabel: 'automation' });
  }
}
