/** What other modules may use of performance: the automation event; the seeds write demo delivery metrics, outside Nest. */
export { AUTOMATION_RULE_FIRED, type AutomationRuleFiredEvent } from './rules/automation-events';
export { MetricsRepository } from './sync/metrics.repository';
