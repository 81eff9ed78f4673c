import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AdsPlatformsModule } from '../ads-platforms/ads-platforms.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { workerProviders } from '../queues/worker-providers';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardRepository } from './dashboard/dashboard.repository';
import { DashboardService } from './dashboard/dashboard.service';
import { AutomationRulesController } from './rules/automation-rules.controller';
import { AutomationRulesEvaluator } from './rules/automation-rules.evaluator';
import { AutomationRulesService } from './rules/automation-rules.service';
import { CAMPAIGN_PAUSER } from './rules/campaign-pauser';
import { CampaignActionsPauser } from './rules/campaign-pauser.adapter';
import { MetricsSyncProcessor } from './sync/metrics-sync.processor';
import { METRICS_QUEUE, MetricsSyncQueue } from './sync/metrics-sync.queue';
import { MetricsSyncScheduler } from './sync/metrics-sync.scheduler';
import { MetricsSyncService } from './sync/metrics-sync.service';
import { MetricsRepository } from './sync/metrics.repository';
import { SyncController } from './sync/sync.controller';
import { ApplicationsController } from './tracking/applications.controller';
import { ApplicationsService } from './tracking/applications.service';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';

/** Metrics sync, first-party tracking, dashboards and automation rules. */
@Module({
  imports: [BullModule.registerQueue({ name: METRICS_QUEUE }), AdsPlatformsModule, CampaignsModule],
  controllers: [DashboardController, SyncController, TrackingController, ApplicationsController, AutomationRulesController],
  providers: [
    DashboardService, DashboardRepository, MetricsRepository, MetricsSyncService, MetricsSyncQueue, TrackingService, ApplicationsService,
    AutomationRulesService, AutomationRulesEvaluator, { provide: CAMPAIGN_PAUSER, useClass: CampaignActionsPauser },
    ...workerProviders(MetricsSyncProcessor, MetricsSyncScheduler),
  ],
  exports: [MetricsSyncService],
})
export class PerformanceModule {}
