/** What other modules may use of performance: the seeds write demo delivery metrics, outside Nest. */
export { MetricsRepository } from './sync/metrics.repository';
