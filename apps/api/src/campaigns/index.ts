/** What other modules may use of campaigns: its events, pausing a campaign with its timeline entry, the request preview. */
export { JOB_ADS_PAUSED, PUBLICATION_FAILED, type JobAdsPausedEvent, type PublicationFailedEvent } from './campaign-events';
export { CampaignActionsService } from './campaign-actions.service';
export { CampaignTimeline } from './campaign-timeline.repository';
export { platformPayload } from './targeting/platform-preview';
export { PUBLICATION_STATUS_CHANGED, type PublicationStatusChangedEvent } from './publishing/publication-events';
export { CampaignsModule } from './campaigns.module';
