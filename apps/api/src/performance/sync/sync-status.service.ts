import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { AppConfig, InjectConfig } from '../../config/config.module';
import { nextCronTick } from '../../queues/slot-cron';
import type { CampaignSyncStatusDto } from '../dto/sync-status.dto';
import { MetricsRepository } from './metrics.repository';
import { SyncRequestsRepository } from './sync-requests.repository';

/** "Last synced … / next sync …" per publication, and how the campaign's latest "Sync now" ended. */
@Injectable()
export class SyncStatusService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly requests: SyncRequestsRepository,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async ofCampaign(campaignId: string, now: Date = new Date()): Promise<CampaignSyncStatusDto> {
    const times = await this.metrics.syncTimesOfCampaign(campaignId, this.config.metricsSyncWindowDays);
    if (!times) throw new ProblemException(404, `Campaign ${campaignId} does not exist.`);
    const request = await this.requests.latest(campaignId);
    const nextTick = nextCronTick(this.config.metricsSyncCron, now).toISOString();
    // A "Sync now" that found nothing (e.g. before the start) stored no rows but did sync every publication.
    const manualSync = request && !request.error ? request.doneAt : null;
    return {
      campaignId,
      request: request && {
        requestedAt: request.requestedAt.toISOString(),
        doneAt: request.doneAt?.toISOString() ?? null,
        error: request.error,
        outcome: request.outcome && { ...request.outcome, currency: this.config.reportingCurrency },
      },
      publications: times.map((t) => ({
        publicationId: t.publicationId, lastSyncedAt: latest(t.lastSyncedAt, manualSync)?.toISOString() ?? null, nextSyncAt: t.scheduled ? nextTick : null,
      })),
    };
  }
}

const latest = (a: Date | null, b: Date | null): Date | null => (a && b ? (a > b ? a : b) : (a ?? b));
