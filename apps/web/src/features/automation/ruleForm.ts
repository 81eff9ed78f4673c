import type { AutomationRule, CreateAutomationRule, RuleAction, RuleMetric, RuleOperator } from '../../api/hooks/automationRules';
import { currencyExponent, formatMoney, formatRatio, toMajor, toMinor } from '../../components/charts/format';

/**
 * The rule form speaks people's units, the API speaks the evaluator's: money thresholds are minor
 * units of the reporting currency (shown as major units: "50.00" USD ↔ 5000), ctr and
 * budget_used_share are ratios (shown as percentages: "1.5" % ↔ 0.015).
 */
export const RULE_METRICS: Record<RuleMetric, { label: string; unit: 'money' | 'percent' | 'days' }> = {
  cost_per_applicant: { label: 'Cost per applicant', unit: 'money' },
  cpc: { label: 'Cost per click', unit: 'money' },
  ctr: { label: 'Click-through rate', unit: 'percent' },
  spend: { label: 'Spend', unit: 'money' },
  budget_used_share: { label: 'Share of the total budget used', unit: 'percent' },
  cost_per_hire: { label: 'Cost per hire', unit: 'money' },
  days_without_applicants: { label: 'Days without applicants', unit: 'days' },
};

/** Metrics judged on the campaign's whole life, not on the window (the form says the window is not used). */
export const WINDOWLESS_METRICS: ReadonlySet<RuleMetric> = new Set(['budget_used_share', 'days_without_applicants']);

export const RULE_OPERATORS: Record<RuleOperator, { label: string; symbol: string }> = {
  gt: { label: 'is more than', symbol: '>' },
  gte: { label: 'is at least', symbol: '≥' },
  lt: { label: 'is less than', symbol: '<' },
  lte: { label: 'is at most', symbol: '≤' },
};

export const RULE_ACTIONS: Record<RuleAction, string> = {
  pause: 'Pause the campaign',
  notify: 'Notify only',
};

export const NAME_MAX = 120;
export const WINDOW_MIN = 1;
export const WINDOW_MAX = 90;

export interface RuleFormValues {
  name: string;
  enabled: boolean;
  /** '' = every campaign */
  campaignId: string;
  metric: RuleMetric;
  operator: RuleOperator;
  /** major units for money metrics, percent for ratio metrics, as typed */
  threshold: string;
  windowDays: string;
  minImpressions: string;
  action: RuleAction;
}

export type RuleFormErrors = Partial<Record<'name' | 'threshold' | 'windowDays' | 'minImpressions', string>>;

export function emptyRuleForm(): RuleFormValues {
  return {
    name: '',
    enabled: true,
    campaignId: '',
    metric: 'cost_per_applicant',
    operator: 'gt',
    threshold: '',
    windowDays: '7',
    minImpressions: '0',
    action: 'notify',
  };
}

/** Strips float noise (0.015 * 100 = 1.5000000000000002) without losing real digits. */
const clean = (value: number) => Number(value.toPrecision(12));

/** An API threshold in the form's unit, as the text field shows it. */
export function thresholdToInput(metric: RuleMetric, threshold: number, currency: string): string {
  if (RULE_METRICS[metric].unit === 'percent') return String(clean(threshold * 100));
  if (RULE_METRICS[metric].unit === 'days') return String(threshold);
  return String(clean(toMajor(threshold, currency)));
}

export function ruleToForm(rule: AutomationRule, currency: string): RuleFormValues {
  return {
    name: rule.name,
    enabled: rule.enabled,
    campaignId: rule.campaignId ?? '',
    metric: rule.metric,
    operator: rule.operator,
    threshold: thresholdToInput(rule.metric, rule.threshold, currency),
    windowDays: String(rule.windowDays),
    minImpressions: String(rule.minImpressions),
    action: rule.action,
  };
}

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** The form's unit for a metric, for labels: "USD", "%" or "days". */
export function thresholdUnit(metric: RuleMetric, currency: string): string {
  const { unit } = RULE_METRICS[metric];
  return unit === 'percent' ? '%' : unit === 'days' ? 'days' : currency;
}

function thresholdError(metric: RuleMetric, raw: string, currency: string): string | undefined {
  const text = raw.trim();
  if (!text) return 'Enter a threshold.';
  if (!DECIMAL.test(text)) return 'Enter a number of 0 or more, like 12.5.';
  const value = Number(text);
  if (RULE_METRICS[metric].unit === 'days') return INTEGER.test(text) && value <= 3650 ? undefined : 'Enter a whole number of days (at most 3650).';
  if (RULE_METRICS[metric].unit === 'percent') {
    if (metric === 'ctr' && value > 100) return 'A click-through rate is at most 100 %.';
    return undefined;
  }
  const decimals = text.split('.')[1]?.length ?? 0;
  const allowed = currencyExponent(currency);
  if (decimals > allowed)
    return allowed === 0 ? `${currency} amounts are whole numbers.` : `${currency} amounts have at most ${allowed} decimals.`;
  if (!Number.isSafeInteger(toMinor(value, currency))) return 'That amount is too large.';
  return undefined;
}

export function validateRuleForm(values: RuleFormValues, currency: string): RuleFormErrors {
  const errors: RuleFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name.';
  else if (name.length > NAME_MAX) errors.name = `Use at most ${NAME_MAX} characters.`;
  const threshold = thresholdError(values.metric, values.threshold, currency);
  if (threshold) errors.threshold = threshold;
  const window = values.windowDays.trim();
  if (!INTEGER.test(window) || Number(window) < WINDOW_MIN || Number(window) > WINDOW_MAX)
    errors.windowDays = `Enter a whole number of days from ${WINDOW_MIN} to ${WINDOW_MAX}.`;
  const minImpressions = values.minImpressions.trim();
  if (minImpressions && (!INTEGER.test(minImpressions) || !Number.isSafeInteger(Number(minImpressions))))
    errors.minImpressions = 'Enter a whole number of 0 or more.';
  return errors;
}

/** The API threshold for what the form says (minor units, or a ratio). Call after validation. */
export function inputToThreshold(metric: RuleMetric, input: string, currency: string): number {
  const value = Number(input.trim());
  const { unit } = RULE_METRICS[metric];
  return unit === 'percent' ? clean(value / 100) : unit === 'days' ? value : toMinor(value, currency);
}

/** Validated form → request body; `errors` instead when something is wrong. */
export function formToRule(
  values: RuleFormValues,
  currency: string,
): { body: CreateAutomationRule; errors?: undefined } | { body?: undefined; errors: RuleFormErrors } {
  const errors = validateRuleForm(values, currency);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      name: values.name.trim(),
      enabled: values.enabled,
      ...(values.campaignId ? { campaignId: values.campaignId } : {}),
      metric: values.metric,
      operator: values.operator,
      threshold: inputToThreshold(values.metric, values.threshold, currency),
      windowDays: Number(values.windowDays.trim()),
      minImpressions: values.minImpressions.trim() ? Number(values.minImpressions.trim()) : 0,
      action: values.action,
    },
  };
}

/** "Cost per applicant > $50.00 over 7 days, once 1,000 impressions" */
export function describeCondition(
  rule: Pick<AutomationRule, 'metric' | 'operator' | 'threshold' | 'windowDays' | 'minImpressions'>,
  currency: string,
): string {
  const metric = RULE_METRICS[rule.metric];
  const threshold =
    metric.unit === 'percent' ? formatRatio(rule.threshold) : metric.unit === 'days' ? `${rule.threshold} days` : formatMoney(rule.threshold, currency);
  // The budget share and days without applicants look at the campaign's whole life: the window does not apply.
  const window = WINDOWLESS_METRICS.has(rule.metric) ? '' : rule.windowDays === 1 ? ' over the last day' : ` over the last ${rule.windowDays} days`;
  const min = rule.minImpressions > 0 ? `, once it has ${new Intl.NumberFormat().format(rule.minImpressions)} impressions` : '';
  return `${metric.label} ${RULE_OPERATORS[rule.operator].label} ${threshold}${window}${min}`;
}
