/** What other modules may use of performance: its domain events; the seeds write demo delivery metrics, outside Nest. */
export { METRICS_SYNC_FINISHED, type MetricsSyncFinishedEvent } from './sync/sync-events';
export { AUTOMATION_RULE_FIRED, type AutomationRuleFiredEvent } from './rules/automation-events';
export { MetricsRepository } from './sync/metrics.repository';
// The admin CLI's `sync run`: "Sync now" for one campaign, or the cron's fan-out job.
export { SyncRequestsService } from './sync/sync-requests.service';
export { MetricsSyncQueue } from './sync/metrics-sync.queue';
