import type { RuleMetric } from '../calc/rules';

/**
 * Emitted (@nestjs/event-emitter) once per rule, campaign and day, after the rule's action was
 * applied. The notification centre listens; a budget_used_share rule is a budget cap reached.
 */
export const AUTOMATION_RULE_FIRED = 'automation.rule_fired';

export interface AutomationRuleFiredEvent {
  ruleId: string;
  ruleName: string;
  metric: RuleMetric;
  action: 'pause' | 'notify';
  campaignId: string;
  campaignName: string;
  /** The campaign's creator, when recorded. */
  ownerUserId: string | null;
  /** What happened and why, in words (the same text as the campaign timeline). */
  message: string;
}
