/**
 * What automation needs from the campaigns module: pause a campaign's live publications with a
 * reason for its timeline. Bound to CampaignActionsService in performance.module.ts; a port so the
 * evaluator unit-tests without the campaigns module.
 */
export interface CampaignPauser {
  /** Returns how many publications were asked to pause. */
  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number>;
}

export const CAMPAIGN_PAUSER = Symbol('CAMPAIGN_PAUSER');
