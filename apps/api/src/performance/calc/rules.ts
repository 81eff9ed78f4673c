import { deriveKpis, MetricTotals } from './kpis';

/**
 * Automation rule conditions, evaluated on a campaign's or publication's totals over a window.
 * Pure so every named scenario is a unit test; the service loads totals and applies actions.
 */
export const RULE_METRICS = ['cost_per_applicant', 'cpc', 'ctr', 'spend', 'budget_used_share', 'cost_per_hire', 'days_without_applicants'] as const;
export type RuleMetric = (typeof RULE_METRICS)[number];
export const RULE_OPERATORS = ['gt', 'gte', 'lt', 'lte'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

export interface RuleCondition {
  metric: RuleMetric;
  operator: RuleOperator;
  /** minor units for money metrics, a ratio (0.01 = 1 %) for ctr and budget_used_share, days for days_without_applicants */
  threshold: number;
  /** Ignore until there is enough delivery to judge (e.g. CTR after 1 000 impressions). */
  minImpressions?: number;
}

export interface RuleContext {
  totals: MetricTotals;
  /** total budget cap of the campaign, when it has one */
  totalBudgetMinor: number | null;
  /** lifetime spend, for budget caps */
  lifetimeSpendMinor: number;
  /** whole days since the campaign started or last got an application, whichever is later (null: not started) */
  daysWithoutApplicants?: number | null;
}

export interface RuleOutcome {
  fired: boolean;
  /** the observed value the threshold was compared with (null = not measurable yet) */
  observed: number | null;
}

export function observe(metric: RuleMetric, context: RuleContext): number | null {
  const kpis = deriveKpis(context.totals);
  switch (metric) {
    case 'cost_per_applicant':
      // Spend with no applications at all is the worst cost per applicant: treat it as the spend itself.
      return kpis.costPerApplicantMinor ?? (context.totals.spendMinor > 0 ? context.totals.spendMinor : null);
    case 'cpc':
      return kpis.cpcMinor;
    case 'ctr':
      return kpis.ctr;
    case 'spend':
      return context.totals.spendMinor;
    case 'budget_used_share':
      return context.totalBudgetMinor ? context.lifetimeSpendMinor / context.totalBudgetMinor : null;
    case 'cost_per_hire':
      // Like cost per applicant: spend that bought no hire at all counts as the whole spend per hire.
      return kpis.costPerHireMinor ?? (context.totals.spendMinor > 0 ? context.totals.spendMinor : null);
    case 'days_without_applicants':
      return context.daysWithoutApplicants ?? null;
  }
}

const DAY_MS = 86_400_000;

/**
 * For "no applicants after N days": whole days since the later of the campaign's start and its last
 * application. Null before the campaign starts (nothing to judge yet).
 */
export function daysWithoutApplicants(startsAt: Date, lastApplicationAt: Date | null, now: Date): number | null {
  if (startsAt.getTime() > now.getTime()) return null;
  const since = lastApplicationAt && lastApplicationAt > startsAt ? lastApplicationAt : startsAt;
  return Math.floor((now.getTime() - since.getTime()) / DAY_MS);
}

export function evaluateCondition(condition: RuleCondition, context: RuleContext): RuleOutcome {
  if (condition.minImpressions && context.totals.impressions < condition.minImpressions) return { fired: false, observed: null };
  const observed = observe(condition.metric, context);
  if (observed === null) return { fired: false, observed };
  const t = condition.threshold;
  const fired =
    condition.operator === 'gt' ? observed > t : condition.operator === 'gte' ? observed >= t : condition.operator === 'lt' ? observed < t : observed <= t;
  return { fired, observed };
}

/** Built-in rule: pause when lifetime spend reaches the total budget cap. */
export const BUDGET_CAP_CONDITION: RuleCondition = { metric: 'budget_used_share', operator: 'gte', threshold: 1 };
