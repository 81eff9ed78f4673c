import { Injectable, Logger } from '@nestjs/common';
import { type AdsPlatform, AdsPlatformFactory, ConnectionsService, type ExternalIds, PlatformError } from '../../ads-platforms';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { JobsService } from '../../jobs';
import { CampaignTimeline } from '../campaign-timeline.repository';
import { Campaign } from '../entities/campaign.entity';
import { Publication } from '../entities/publication.entity';
import { assertTransition, isInFlight, TargetStatus } from '../publication-status';
import { decideOnFailure, describeKind, SETTLE_ROUNDS, targetKeptChanging } from './failure-policy';
import { PublicationEvents } from './publication-events';
import { PublicationsRepository } from './publications.repository';
import { buildPublishSpec } from './publish-spec';
import type { PublicationJobData } from '../campaigns.queue';

export interface AttemptContext {
  /** Bull has no attempt left after this one: a retryable failure becomes final. */
  isLastAttempt: boolean;
  attemptsAllowed: number;
  progress?(value: { step: string; done: number; total: number }): Promise<unknown> | void;
}

export type PublishResult = 'settled' | 'skipped';

/**
 * One attempt of a publish job. For every adapter step not yet in `external_ids` it calls the
 * platform and stores the returned id in its own transaction before the next step starts, so a
 * crash or retry resumes after the last recorded step and never creates a second object. Then
 * it sets the objects to the publication's target status (normally active).
 */
@Injectable()
export class PublicationPublisher {
  private readonly logger = new Logger(PublicationPublisher.name);

  constructor(
    private readonly publications: PublicationsRepository,
    private readonly platforms: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly jobs: JobsService,
    private readonly timeline: CampaignTimeline,
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: PublicationEvents,
  ) {}

  publish(ref: PublicationJobData, ctx: AttemptContext): Promise<PublishResult> {
    return this.publications.withLock(ref.publicationId, () => this.attempt(ref, ctx));
  }

  private async attempt(ref: PublicationJobData, ctx: AttemptContext): Promise<PublishResult> {
    const found = await this.publications.findWithCampaign(ref.publicationId);
    // An older request's job, or one whose work is done: nothing to do.
    if (!found || found.publication.publishGeneration !== ref.generation || !isInFlight(found.publication.status)) return 'skipped';
    const { campaign } = found;
    const publication = await this.startAttempt(found.publication, ctx);
    let step: string | null = null;
    try {
      const { connection, platform } = await this.platforms.forConnection(publication.connectionId);
      if (publication.targetStatus !== 'archived') {
        const job = await this.jobs.getForAds(campaign.jobId);
        const spec = buildPublishSpec(campaign, publication, job, this.config.publicBaseUrl);
        for (const [index, name] of platform.steps.entries()) {
          if (publication.externalIds[name]) continue;
          step = name;
          const externalId = await platform.runStep(name, spec, { ...publication.externalIds });
          publication.externalIds = await this.recordStep(publication, name, externalId, connection.label);
          await ctx.progress?.({ step: name, done: index + 1, total: platform.steps.length });
        }
      }
      step = null;
      await this.settle(publication, platform, connection.label);
      return 'settled';
    } catch (err) {
      await this.recordFailure(publication, campaign, step, err, ctx);
      throw decideOnFailure(err, ctx.isLastAttempt).error;
    }
  }

  private async startAttempt(publication: Publication, ctx: AttemptContext): Promise<Publication> {
    const attempts = publication.attempts + 1;
    const first = publication.status === 'queued';
    if (first) assertTransition(publication.status, 'publishing');
    await this.publications.transaction(async (tx) => {
      await this.publications.update(tx, publication.id, { status: 'publishing', attempts, ...(first ? { statusChangedAt: new Date() } : {}) });
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id, type: 'publish_attempt',
        message: `Publishing attempt ${attempts} (of up to ${ctx.attemptsAllowed} for this request) started.`,
        details: { attempt: attempts, stepsDone: Object.keys(publication.externalIds) },
      }, tx);
    });
    this.events.changed(publication, 'publishing');
    return Object.assign(publication, { status: 'publishing' as const, attempts });
  }

  /** Stores one step's external id (merged into the JSON, never replacing others) with its event. */
  private async recordStep(publication: Publication, step: string, externalId: string, platformLabel: string): Promise<ExternalIds> {
    return this.publications.transaction(async (tx) => {
      const externalIds = await this.publications.recordExternalId(tx, publication.id, step, externalId);
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id, type: 'step_completed',
        message: `${platformLabel}: created ${step} ${externalId}.`, details: { step, externalId },
      }, tx);
      return externalIds;
    });
  }

  /**
   * All objects exist: switch them to the target status read now (a pause asked meanwhile wins).
   * The row is written only if the target is still the one applied; otherwise the new one is applied.
   */
  private async settle(publication: Publication, platform: AdsPlatform, platformLabel: string): Promise<void> {
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      const targetStatus = await this.publications.currentTarget(publication.id);
      if (Object.keys(publication.externalIds).length > 0) await platform.setStatus(publication.externalIds, targetStatus);
      assertTransition('publishing', targetStatus);
      const settled = await this.publications.transaction(async (tx) => {
        const written = await this.publications.settleIfTargetIs(tx, publication.id, targetStatus, {
          status: targetStatus, currentStep: null, lastError: null, lastErrorKind: null, statusChangedAt: new Date(),
          ...(targetStatus === 'active' ? { publishedAt: new Date() } : {}),
        });
        if (written) {
          await this.timeline.record({
            campaignId: publication.campaignId, publicationId: publication.id, type: 'published',
            message: settledMessage(platformLabel, targetStatus), details: { status: targetStatus, externalIds: publication.externalIds },
          }, tx);
        }
        return written;
      });
      if (settled) return this.events.changed(publication, targetStatus);
    }
    throw targetKeptChanging();
  }

  private async recordFailure(publication: Publication, campaign: Campaign, step: string | null, err: unknown, ctx: AttemptContext): Promise<void> {
    const decision = decideOnFailure(err, ctx.isLastAttempt);
    const where = step ? ` at step ${step}` : '';
    let message: string;
    if (decision.retry) {
      const hint = decision.error instanceof PlatformError ? decision.error.retryAfterMs : undefined;
      const wait = decision.kind === 'rate_limited' && hint ? ` after the platform's wait of ${Math.ceil(hint / 1000)} s` : ' with backoff';
      message = `Attempt ${publication.attempts} failed${where} (${describeKind(decision.kind)}): ${decision.message}. Retrying${wait}.`;
    } else if (decision.needsReauth) {
      message = `Stopped${where}: the connection's credentials were refused (${decision.message}). An admin must reconnect it; then publish again.`;
    } else if (decision.kind === 'validation') {
      message = `Failed${where}: ${decision.message}`;
    } else {
      message = `Gave up after ${publication.attempts} attempts${where} (${describeKind(decision.kind)}): ${decision.message}`;
    }
    try {
      if (decision.needsReauth) await this.connections.markNeedsReauth(publication.connectionId, decision.message);
      await this.publications.transaction(async (tx) => {
        await this.publications.update(tx, publication.id, {
          lastError: decision.message, lastErrorKind: decision.kind,
          ...(decision.retry ? {} : { status: 'failed' as const, currentStep: step, statusChangedAt: new Date() }),
        });
        await this.timeline.record({
          campaignId: publication.campaignId, publicationId: publication.id, type: decision.retry ? 'retry_scheduled' : 'publish_failed',
          level: decision.retry ? 'warn' : 'error', message, details: { step, kind: decision.kind, attempt: publication.attempts },
        }, tx);
      });
      this.events.changed(publication, decision.retry ? publication.status : 'failed', true);
      if (!decision.retry) {
        this.events.failed({
          campaignId: campaign.id, campaignName: campaign.name, publicationId: publication.id, ownerUserId: campaign.createdBy,
          message, needsReauth: decision.needsReauth,
        });
      }
    } catch (writeErr) {
      // The job still fails; the row stays in flight and the reconciler picks it up again.
      this.logger.error({ err: writeErr, publicationId: publication.id }, 'could not record a publishing failure');
    }
  }
}

function settledMessage(platformLabel: string, status: TargetStatus): string {
  if (status === 'active') return `${platformLabel}: published and active.`;
  if (status === 'paused') return `${platformLabel}: published, left paused as requested.`;
  return `${platformLabel}: archived as requested.`;
}
