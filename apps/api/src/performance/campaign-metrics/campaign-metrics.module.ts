import { Module } from '@nestjs/common';
import { CampaignMetricsRepository } from './campaign-metrics.repository';
import { CampaignMetricsService } from './campaign-metrics.service';

/**
 * The part of performance that campaigns may use (their figures for lists). A module of its own,
 * with no imports, because PerformanceModule itself imports CampaignsModule.
 */
@Module({
  providers: [CampaignMetricsRepository, CampaignMetricsService],
  exports: [CampaignMetricsService],
})
export class CampaignMetricsModule {}
