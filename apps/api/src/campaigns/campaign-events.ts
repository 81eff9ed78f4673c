/**
 * Domain events of the campaigns module (@nestjs/event-emitter, emitted after the change is
 * committed). The notification centre listens; nothing here waits for a listener.
 */
export const PUBLICATION_FAILED = 'campaign.publication_failed';
/** The campaigns of a job that ended were paused (only when at least one publication was). */
export const JOB_ADS_PAUSED = 'campaign.job_ads_paused';

export interface PublicationFailedEvent {
  campaignId: string;
  campaignName: string;
  publicationId: string;
  /** The campaign's creator, when recorded. */
  ownerUserId: string | null;
  /** The platform's (redacted) text. */
  message: string;
  /** The connection's credentials were refused: an admin must reconnect it. */
  needsReauth: boolean;
}

export interface JobAdsPausedEvent {
  jobId: string;
  /** How many publications were asked to pause. */
  paused: number;
  reason: string;
}
