import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdsPlatformsModule } from '../ads-platforms';
import { AppConfig, APP_CONFIG } from '../config/config.module';
import { CreativeImagesModule } from '../creatives/creative-images.api';
import { JobsModule } from '../jobs';
import { CampaignMetricsModule } from '../performance/performance.api';
import { CandidatesModule } from '../candidates';
import { SegmentsModule } from '../segments';
import { workerProviders } from '../queues/worker-providers';
import { CampaignActionsService } from './campaign-actions.service';
import { CampaignBulkActionsService } from './campaign-bulk-actions.service';
import { CampaignPerformanceService } from './campaign-performance.service';
import { CampaignInputs } from './campaign-inputs';
import { CampaignPreviewService } from './campaign-preview.service';
import { CampaignTimeline } from './campaign-timeline.repository';
import { CampaignWritesRepository } from './campaign-writes.repository';
import { CampaignsController } from './campaigns.controller';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { CampaignEvent } from './entities/campaign-event.entity';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import { JobEndedListener } from './job-ended.listener';
import { PublishChecks } from './publish-checks';
import { CampaignsProcessor } from './publishing/campaigns.processor';
import { PublicationEvents } from './publishing/publication-events';
import { PublicationPublisher } from './publishing/publication-publisher';
import { PublicationReconciler } from './publishing/publication-reconciler';
import { PublicationUpdater } from './publishing/publication-updater';
import { LiveCampaignEdits } from './live-campaign-edits';
import { PublicationStatusSync } from './publishing/publication-status-sync';
import { PublicationsRepository } from './publishing/publications.repository';
import { CAMPAIGNS_QUEUE, PublishQueue } from './campaigns.queue';
import { PLATFORM_BACKOFF, retryDelayMs } from './publishing/retry-policy';
import { ReconcileScheduler } from './publishing/reconcile.scheduler';
import { SegmentSuggestionsController } from './segment-suggestions.controller';
import { CampaignSegments } from './targeting/campaign-segments';
import { FairnessWarnings } from './fairness/fairness-warnings';

/**
 * Campaigns and their publications: drafts, previews and compliance, publishing through the
 * `campaigns` Bull queue (exactly once per step), pause/resume/archive, the reconciler, and the
 * automatic pause when a job ends.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, Publication, CampaignEvent]),
    BullModule.registerQueueAsync({
      name: CAMPAIGNS_QUEUE,
      inject: [APP_CONFIG],
      useFactory: ({ publishBackoffBaseMs: baseMs, publishBackoffMaxMs: maxMs }: AppConfig) => ({
        settings: { backoffStrategies: { [PLATFORM_BACKOFF]: (attemptsMade: number, err: Error) => retryDelayMs(attemptsMade, err, { baseMs, maxMs }) } },
      }),
    }),
    AdsPlatformsModule,
    JobsModule,
    SegmentsModule,
    CandidatesModule,
    CampaignMetricsModule,
    CreativeImagesModule,
  ],
  controllers: [CampaignsController, SegmentSuggestionsController],
  providers: [
    CampaignsService, CampaignActionsService, CampaignPreviewService, CampaignsRepository, CampaignWritesRepository, CampaignTimeline, CampaignInputs,
    CampaignSegments, FairnessWarnings, PublishChecks, PublishQueue, JobEndedListener, CampaignPerformanceService, CampaignBulkActionsService,
    PublicationPublisher, PublicationStatusSync, PublicationReconciler, PublicationsRepository, PublicationUpdater, LiveCampaignEdits, PublicationEvents,
    auditTargetNamer('campaign', CampaignsRepository, (campaigns, ids) => campaigns.names(ids)),
    ...workerProviders(CampaignsProcessor, ReconcileScheduler),
  ],
  exports: [CampaignsService, CampaignActionsService, CampaignTimeline],
})
export class CampaignsModule {}
