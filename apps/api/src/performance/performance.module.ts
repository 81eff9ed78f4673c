import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AdsPlatformsModule } from '../ads-platforms';
import { auditTargetNamer } from '../audit';
import { CampaignsModule } from '../campaigns';
import { CandidatesModule } from '../candidates';
import { workerProviders } from '../queues/worker-providers';
import { ApplicationStageRepository } from './applications/application-stage.repository';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsRepository } from './applications/applications.repository';
import { ApplicationsService } from './applications/applications.service';
import { DispositionsService } from './applications/dispositions.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardRepository } from './dashboard/dashboard.repository';
import { DashboardService } from './dashboard/dashboard.service';
import { AutomationRulesController } from './rules/automation-rules.controller';
import { AutomationRulesEvaluator } from './rules/automation-rules.evaluator';
import { AutomationRulesRepository } from './rules/automation-rules.repository';
import { AutomationRulesService } from './rules/automation-rules.service';
import { CAMPAIGN_PAUSER } from './rules/campaign-pauser';
import { CampaignActionsPauser } from './rules/campaign-pauser.adapter';
import { RuleEvaluationRepository } from './rules/rule-evaluation.repository';
import { MetricsSyncProcessor } from './sync/metrics-sync.processor';
import { METRICS_QUEUE, MetricsSyncQueue } from './sync/metrics-sync.queue';
import { MetricsSyncScheduler } from './sync/metrics-sync.scheduler';
import { MetricsSyncService } from './sync/metrics-sync.service';
import { MetricsRepository } from './sync/metrics.repository';
import { SyncRequestsRepository } from './sync/sync-requests.repository';
import { SyncRequestsService } from './sync/sync-requests.service';
import { SyncStatusService } from './sync/sync-status.service';
import { SyncController } from './sync/sync.controller';
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingRepository } from './tracking/tracking.repository';
import { TrackingService } from './tracking/tracking.service';

/** Metrics sync, first-party tracking, the applications pipeline, dashboards and automation rules. */
@Module({
  imports: [BullModule.registerQueue({ name: METRICS_QUEUE }), AdsPlatformsModule, CampaignsModule, CandidatesModule],
  controllers: [DashboardController, SyncController, TrackingController, ApplicationsController, AutomationRulesController, ReportsController],
  providers: [
    DashboardService, DashboardRepository, MetricsRepository, MetricsSyncService, MetricsSyncQueue, SyncRequestsService, SyncRequestsRepository, SyncStatusService,
    TrackingService, TrackingRepository, ApplicationsService, ApplicationsRepository, ApplicationStageRepository, DispositionsService,
    AutomationRulesService, AutomationRulesRepository, AutomationRulesEvaluator, RuleEvaluationRepository, ReportsService, ReportsRepository,
    { provide: CAMPAIGN_PAUSER, useClass: CampaignActionsPauser },
    auditTargetNamer('automation_rule', AutomationRulesRepository, (rules, ids) => rules.names(ids)),
    ...workerProviders(MetricsSyncProcessor, MetricsSyncScheduler),
  ],
  exports: [MetricsSyncService],
})
export class PerformanceModule {}
