/**
 * What other modules may use of performance: campaign figures, ranking and pacing for lists
 * (CampaignMetricsModule has no imports, so CampaignsModule can import it without a cycle),
 * and the reporting range rules shared with the dashboard.
 */
export { CampaignMetricsModule } from './campaign-metrics/campaign-metrics.module';
export { CampaignMetricsService, type CampaignBudget } from './campaign-metrics/campaign-metrics.service';
export { RANKED_METRICS, type RankedMetric } from './campaign-metrics/campaign-metrics.repository';
export { CampaignFiguresDto } from './dto/campaign-figures.dto';
export { DateRangeDto, PacingDto, RangeQuery } from './dto/dashboard.dto';
export { resolveRange } from './dashboard/dashboard.service';
export type { DateRange } from './calc/periods';
