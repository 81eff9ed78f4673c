import { Injectable } from '@nestjs/common';
import { AdsPlatformFactory, ConnectionsService, LIVE_CHANGES, type LiveChange } from '../../ads-platforms';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { JobsService } from '../../jobs';
import { CampaignTimeline } from '../campaign-timeline.repository';
import type { PublicationJobData } from '../campaigns.queue';
import { Campaign } from '../entities/campaign.entity';
import { Publication } from '../entities/publication.entity';
import { isLive } from '../publication-status';
import { decideOnFailure, describeKind } from './failure-policy';
import { PublicationsRepository } from './publications.repository';
import { buildPublishSpec } from './publish-spec';

const CHANGE_WORDS: Record<LiveChange, string> = { budget: 'daily budget', schedule: 'end date', creative: 'ad text' };
export const describeChanges = (changes: readonly LiveChange[]) => LIVE_CHANGES.filter((c) => changes.includes(c)).map((c) => CHANGE_WORDS[c]).join(', ');

/**
 * An update job: sends a published campaign's edits (budget, end date, ad text) to one
 * publication's platform objects. Idempotent: it applies everything owed up to the row's current
 * generation from the campaign row as it is now, and does nothing when that is already applied.
 * A failure that may pass keeps the edit owed (Bull retries, then the reconciler); only a
 * platform's refusal gives it up, with the reason on the timeline.
 */
@Injectable()
export class PublicationUpdater {
  constructor(
    private readonly publications: PublicationsRepository,
    private readonly platforms: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly jobs: JobsService,
    private readonly timeline: CampaignTimeline,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  apply(ref: PublicationJobData, isLastAttempt: boolean): Promise<void> {
    return this.publications.withLock(ref.publicationId, async () => {
      const found = await this.publications.findWithCampaign(ref.publicationId);
      if (!found || found.publication.appliedUpdateGeneration >= found.publication.updateGeneration) return;
      const { publication, campaign } = found;
      if (!isLive(publication.status)) {
        // Archived or completed meanwhile: there is nothing left on the platform to edit.
        await this.publications.transaction((tx) => this.publications.settleUpdate(tx, publication.id, publication.updateGeneration));
        return;
      }
      try {
        await this.send(publication, campaign);
      } catch (err) {
        await this.recordFailure(publication, err, isLastAttempt);
        throw decideOnFailure(err, isLastAttempt).error;
      }
    });
  }

  private async send(publication: Publication, campaign: Campaign): Promise<void> {
    const generation = publication.updateGeneration;
    const changes = publication.pendingChanges;
    const { connection, platform } = await this.platforms.forConnection(publication.connectionId);
    const job = await this.jobs.getForAds(campaign.jobId);
    const spec = buildPublishSpec(campaign, publication, job, this.config.publicBaseUrl);
    const newIds = await platform.update(publication.externalIds, spec, changes);
    await this.publications.transaction(async (tx) => {
      if (Object.keys(newIds).length) await this.publications.update(tx, publication.id, { externalIds: { ...publication.externalIds, ...newIds } });
      await this.publications.settleUpdate(tx, publication.id, generation);
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id, type: 'publication_updated',
        message: `${connection.label}: ${describeChanges(changes)} updated on the platform.`, details: { changes, generation, externalIds: newIds },
      }, tx);
    });
  }

  private async recordFailure(publication: Publication, err: unknown, isLastAttempt: boolean): Promise<void> {
    const decision = decideOnFailure(err, isLastAttempt);
    if (decision.needsReauth) await this.connections.markNeedsReauth(publication.connectionId, decision.message);
    // Refused by the platform: give the edit up (a retry would be refused again). Anything else stays owed.
    const giveUp = decision.kind === 'validation';
    await this.publications.transaction(async (tx) => {
      await this.publications.update(tx, publication.id, { lastError: decision.message, lastErrorKind: decision.kind });
      if (giveUp) await this.publications.settleUpdate(tx, publication.id, publication.updateGeneration);
      const what = describeChanges(publication.pendingChanges);
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id,
        type: giveUp ? 'update_failed' : 'retry_scheduled', level: giveUp ? 'error' : 'warn',
        message: giveUp
          ? `Could not update the ${what} (${describeKind(decision.kind)}): ${decision.message}. The platform keeps the previous values; edit again to retry.`
          : `Could not update the ${what} yet (${describeKind(decision.kind)}): ${decision.message}. The edit is kept and will be sent again.`,
        details: { kind: decision.kind, changes: publication.pendingChanges },
      }, tx);
    });
  }
}
