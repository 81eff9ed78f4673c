/**
 * What automation needs from the campaigns module: pause a campaign's live publications with a
 * reason for its timeline, and put an alert on its timeline. Bound to the campaigns module's
 * exported services in performance.module.ts; a port so the evaluator unit-tests without them,
 * and so automation never writes the campaigns module's tables itself.
 */
export interface CampaignPauser {
  /** Returns how many publications were asked to pause. */
  pauseCampaign(campaignId: string, reason: string, details: Record<string, unknown>): Promise<number>;
  /** A warning on the campaign's timeline (a "notify" rule). */
  notifyCampaign(campaignId: string, message: string, details: Record<string, unknown>): Promise<void>;
}

export const CAMPAIGN_PAUSER = Symbol('CAMPAIGN_PAUSER');
