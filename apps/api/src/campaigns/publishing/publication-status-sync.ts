import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdsPlatformFactory } from '../../ads-platforms/connections/ads-platform.factory';
import { ConnectionsService } from '../../ads-platforms/connections/connections.service';
import { CampaignTimeline } from '../campaign-timeline';
import { Publication } from '../entities/publication.entity';
import { isLive, PublicationStatus, TargetStatus } from '../publication-status';
import { decideOnFailure, describeKind } from './failure-policy';
import { withPublicationLock } from './publication-lock';
import type { PublicationJobData } from './publish-queue';

const DONE: Record<TargetStatus, string> = { active: 'resumed', paused: 'paused', archived: 'archived' };

/**
 * A status job: brings a publication's platform objects to its target status (pause, resume,
 * archive). Idempotent: it reads the row, does nothing when status already equals the target,
 * and leaves publications still being published to the publish job (which settles on the target).
 */
@Injectable()
export class PublicationStatusSync {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly platforms: AdsPlatformFactory,
    private readonly connections: ConnectionsService,
    private readonly timeline: CampaignTimeline,
  ) {}

  apply(ref: PublicationJobData, isLastAttempt: boolean): Promise<void> {
    return withPublicationLock(this.dataSource, ref.publicationId, async () => {
      const publication = await this.dataSource.getRepository(Publication).findOne({ where: { id: ref.publicationId } });
      if (!publication || !needsPlatformChange(publication.status, publication.targetStatus)) return;
      const target = publication.targetStatus;
      let label = 'Platform';
      try {
        if (Object.keys(publication.externalIds).length > 0) {
          const { connection, platform } = await this.platforms.forConnection(publication.connectionId);
          label = connection.label;
          await platform.setStatus(publication.externalIds, target);
        }
        await this.dataSource.transaction(async (manager) => {
          await manager.getRepository(Publication).update(publication.id, { status: target, lastError: null, lastErrorKind: null, statusChangedAt: new Date() });
          await this.timeline.record({
            campaignId: publication.campaignId, publicationId: publication.id, type: `publication_${DONE[target]}`,
            message: `${label}: ${DONE[target]}.`, details: { from: publication.status, to: target },
          }, manager);
        });
      } catch (err) {
        await this.recordFailure(publication, err, isLastAttempt);
        throw decideOnFailure(err, isLastAttempt).error;
      }
    });
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
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Publication).update(publication.id, {
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
      }, manager);
    });
  }
}

/** Live objects away from their target, or a failed/completed publication being archived. */
export function needsPlatformChange(status: PublicationStatus, target: TargetStatus): boolean {
  if (status === target) return false;
  if (isLive(status)) return true;
  return target === 'archived' && (status === 'failed' || status === 'completed');
}
