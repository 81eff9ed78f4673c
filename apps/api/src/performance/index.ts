/** What other modules may use of performance: the seeds write demo delivery metrics, outside Nest. */
export { METRICS_SYNC_FINISHED, type MetricsSyncFinishedEvent } from './sync/sync-events';
export { MetricsRepository } from './sync/metrics.repository';
