import { Injectable } from '@nestjs/common';
import { AdsPlatformFactory, ConnectionsService } from '../../ads-platforms';
import { CampaignTimeline } from '../campaign-timeline.repository';
import { Publication } from '../entities/publication.entity';
import { isLive, needsPlatformChange, TargetStatus } from '../publication-status';
import { decideOnFailure, describeKind, SETTLE_ROUNDS, targetKeptChanging } from './failure-policy';
import { PublicationEvents } from './publication-events';
import { PublicationsRepository } from './publications.repository';
import type { PublicationJobData } from '../campaigns.queue';

const DONE: Record<TargetStatus, string> = { active: 'resumed', paused: 'paused', archived: 'archived' };

/**
 * A status job: brings a publication's platform objects to its target status (pause, resume,
 * archive). Idempotent: it reads the row, does nothing when status already equals the target,
 * and leaves publications still being published to the publish job (which settles on the target).
 */
@Injectable()
export class PublicationStatusSync {
  constructor(
    private readonly publications: PublicationsRepository,
    private readonly platforms: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly timeline: CampaignTimeline,
    private readonly events: PublicationEvents,
  ) {}

  apply(ref: PublicationJobData, isLastAttempt: boolean): Promise<void> {
    return this.publications.withLock(ref.publicationId, async () => {
      let publication = await this.publications.find(ref.publicationId);
      for (let round = 0; publication && needsPlatformChange(publication.status, publication.targetStatus); round++) {
        if (round === SETTLE_ROUNDS) throw targetKeptChanging();
        try {
          if (await this.applyTarget(publication)) return;
        } catch (err) {
          await this.recordFailure(publication, err, isLastAttempt);
          throw decideOnFailure(err, isLastAttempt).error;
        }
        // A pause/resume was committed while the platform call ran: apply that one now.
        publication = await this.publications.find(ref.publicationId);
      }
    });
  }

  /** Sets the objects to the target; false when the target changed before the row could say so. */
  private async applyTarget(publication: Publication): Promise<boolean> {
    const target = publication.targetStatus;
    let label = 'Platform';
    if (Object.keys(publication.externalIds).length > 0) {
      const { connection, platform } = await this.platforms.forConnection(publication.connectionId);
      label = connection.label;
      await platform.setStatus(publication.externalIds, target);
    }
    const settled = await this.publications.transaction(async (tx) => {
      if (!(await this.publications.settleIfTargetIs(tx, publication.id, target, { status: target, lastError: null, lastErrorKind: null, statusChangedAt: new Date() }))) return false;
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id, type: `publication_${DONE[target]}`,
        message: `${label}: ${DONE[target]}.`, details: { from: publication.status, to: target },
      }, tx);
      return true;
    });
    if (settled) this.events.changed(publication, target);
    return settled;
  }

  /**
   * A retryable error keeps the request pending. A final one gives the request up (target back to
   * the current status), so neither Bull nor the reconciler keeps calling a platform that said no.
   */
  private async recordFailure(publication: Publication, err: unknown, isLastAttempt: boolean): Promise<void> {
    const decision = decideOnFailure(err, isLastAttempt);
    if (decision.needsReauth) await this.connections.markNeedsReauth(publication.connectionId, decision.message);
    const verb = { active: 'resume', paused: 'pause', archived: 'archive' }[publication.targetStatus];
    // Giving up = the target no longer differs from what the objects are: their live status, or
    // for a failed/completed publication simply "not archived" (paused: never "go live" again).
    const giveUpTarget: TargetStatus = isLive(publication.status) ? (publication.status as TargetStatus) : 'paused';
    await this.publications.transaction(async (tx) => {
      await this.publications.update(tx, publication.id, {
        lastError: decision.message, lastErrorKind: decision.kind,
        ...(decision.retry ? {} : { targetStatus: giveUpTarget }),
      });
      await this.timeline.record({
        campaignId: publication.campaignId, publicationId: publication.id, type: decision.retry ? 'retry_scheduled' : 'status_change_failed',
        level: decision.retry ? 'warn' : 'error',
        message: decision.retry
          ? `Could not ${verb} yet (${describeKind(decision.kind)}): ${decision.message}. Retrying.`
          : `Could not ${verb} (${describeKind(decision.kind)}): ${decision.message}`,
        details: { kind: decision.kind, target: publication.targetStatus },
      }, tx);
    });
    this.events.changed(publication, publication.status, true);
  }
}
