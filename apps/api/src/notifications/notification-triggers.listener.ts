import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CONNECTION_NEEDS_REAUTH, type ConnectionEvent, platformDescriptor } from '../ads-platforms';
import { JOB_ADS_PAUSED, type JobAdsPausedEvent, PUBLICATION_FAILED, type PublicationFailedEvent } from '../campaigns';
import { CANDIDATE_IMPORT_FAILED, CANDIDATE_IMPORT_FINISHED, type CandidateImportEndedEvent } from '../candidates';
import { JobsService } from '../jobs';
import { AUTOMATION_RULE_FIRED, type AutomationRuleFiredEvent } from '../performance';
import { SEGMENTATION_RUN_FAILED, SEGMENTATION_RUN_FINISHED, type SegmentationRunEndedEvent } from '../segments';
import { Audience, NotificationInput } from './notification-kinds';
import { NotificationsService } from './notifications.service';

/** Work nobody owns (or whose owner left) goes to the people who can act on it. */
const STAFF: Audience['fallbackRoles'] = ['admin', 'recruiter'];
const ON = { async: true, promisify: true } as const;

/**
 * Turns other modules' domain events into notifications. Who gets each (docs/NOTIFICATIONS.md):
 * the campaign's, job's or import's creator when recorded and active, else admins and
 * recruiters; a connection needing re-authentication goes to admins (only they can reconnect);
 * segmentation runs have no owner and go to admins and recruiters. A failure here is logged and
 * never reaches the work that emitted the event.
 */
@Injectable()
export class NotificationTriggersListener {
  private readonly logger = new Logger(NotificationTriggersListener.name);

  constructor(private readonly notifications: NotificationsService, private readonly jobs: JobsService) {}

  @OnEvent(PUBLICATION_FAILED, ON)
  onPublicationFailed(e: PublicationFailedEvent): Promise<void> {
    return this.send({ userIds: [e.ownerUserId], fallbackRoles: STAFF }, {
      kind: 'publication_failed',
      title: e.needsReauth ? `Campaign "${e.campaignName}" stopped: the platform refused the credentials` : `Campaign "${e.campaignName}" failed to publish`,
      body: e.message, link: `/campaigns/${e.campaignId}`,
    });
  }

  @OnEvent(CONNECTION_NEEDS_REAUTH, ON)
  onNeedsReauth(e: ConnectionEvent): Promise<void> {
    const label = platformDescriptor(e.kind).label;
    return this.send({ fallbackRoles: ['admin'] }, {
      kind: 'connection_needs_reauth', title: `The ${label} connection needs re-authentication`,
      body: `${e.detail ?? 'The platform refused the credentials.'} Publishing and syncing through it are stopped until an admin reconnects it.`,
      link: '/settings/platform-connections',
    });
  }

  @OnEvent(AUTOMATION_RULE_FIRED, ON)
  onRuleFired(e: AutomationRuleFiredEvent): Promise<void> {
    const budgetCap = e.metric === 'budget_used_share';
    return this.send({ userIds: [e.ownerUserId], fallbackRoles: STAFF }, {
      kind: budgetCap ? 'budget_cap_reached' : 'automation_rule_fired',
      title: budgetCap ? `Campaign "${e.campaignName}" reached its budget cap` : `Automation rule "${e.ruleName}" fired on "${e.campaignName}"`,
      body: e.message, link: `/campaigns/${e.campaignId}`,
    });
  }

  @OnEvent(CANDIDATE_IMPORT_FINISHED, ON)
  @OnEvent(CANDIDATE_IMPORT_FAILED, ON)
  onImportEnded(e: CandidateImportEndedEvent): Promise<void> {
    const counts = `${e.created} created, ${e.updated} updated, ${e.rejected} rejected.`;
    return this.send({ userIds: [e.ownerUserId], fallbackRoles: STAFF }, e.error
      ? { kind: 'import_failed', title: `Import of ${e.fileName} failed`, body: `${e.error} So far: ${counts}`, link: `/candidates/imports/${e.importId}` }
      : { kind: 'import_finished', title: `Import of ${e.fileName} finished`, body: counts, link: `/candidates/imports/${e.importId}` });
  }

  @OnEvent(SEGMENTATION_RUN_FINISHED, ON)
  @OnEvent(SEGMENTATION_RUN_FAILED, ON)
  onSegmentationEnded(e: SegmentationRunEndedEvent): Promise<void> {
    return this.send({ fallbackRoles: STAFF }, e.error
      ? { kind: 'segmentation_failed', title: 'A segmentation run failed', body: e.error, link: '/segments' }
      : {
        kind: 'segmentation_finished', title: `Segmentation finished: ${e.segments} segments`,
        body: `${e.candidates} candidates grouped into ${e.segments} segments${e.activated ? '; the new segments are active.' : '.'}`, link: '/segments',
      });
  }

  @OnEvent(JOB_ADS_PAUSED, ON)
  async onJobAdsPaused(e: JobAdsPausedEvent): Promise<void> {
    const job = await this.jobs.findOrFail(e.jobId).catch(() => null);
    return this.send({ userIds: [job?.createdBy], fallbackRoles: STAFF }, {
      kind: 'job_ads_paused', title: `Ads paused for "${job?.title ?? 'a job'}"`,
      body: `${e.reason} ${e.paused} publication(s) paused.`, link: `/jobs/${e.jobId}`,
    });
  }

  private async send(audience: Audience, input: NotificationInput): Promise<void> {
    try {
      await this.notifications.notify(audience, input);
    } catch (err) {
      this.logger.error({ kind: input.kind, error: (err as Error).message }, 'notification not created');
    }
  }
}
