import { describe, expect, it } from 'vitest';
import type { AutomationRule } from '../../api/hooks/automationRules';
import { describeCondition, emptyRuleForm, formToRule, ruleToForm, thresholdUnit, validateRuleForm, type RuleFormValues } from './ruleForm';

const rule = (overrides: Partial<AutomationRule> = {}): AutomationRule => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Expensive applicants',
  enabled: true,
  builtIn: null,
  campaignId: null,
  metric: 'cost_per_applicant',
  operator: 'gt',
  threshold: 5000,
  windowDays: 7,
  minImpressions: 1000,
  action: 'pause',
  lastFiredAt: null,
  firings: 0,
  ...overrides,
});
const form = (overrides: Partial<RuleFormValues>): RuleFormValues => ({ ...emptyRuleForm(), name: 'Rule', ...overrides });

describe('rule form units', () => {
  it('shows money thresholds in major units of the currency', () => {
    expect(ruleToForm(rule({ threshold: 5000 }), 'USD').threshold).toBe('50');
    expect(ruleToForm(rule({ threshold: 1234 }), 'USD').threshold).toBe('12.34');
    expect(ruleToForm(rule({ threshold: 5000 }), 'JPY').threshold).toBe('5000');
    expect(ruleToForm(rule({ metric: 'cpc', threshold: 1 }), 'USD').threshold).toBe('0.01');
  });

  it('shows ratio thresholds as percentages, without float noise', () => {
    expect(ruleToForm(rule({ metric: 'ctr', threshold: 0.015 }), 'USD').threshold).toBe('1.5');
    expect(ruleToForm(rule({ metric: 'budget_used_share', threshold: 1 }), 'USD').threshold).toBe('100');
    expect(ruleToForm(rule({ metric: 'ctr', threshold: 0.0007 }), 'USD').threshold).toBe('0.07');
  });

  it('sends money thresholds as integer minor units and percentages as ratios', () => {
    expect(formToRule(form({ metric: 'cost_per_applicant', threshold: '50' }), 'USD').body?.threshold).toBe(5000);
    expect(formToRule(form({ metric: 'spend', threshold: '12.34' }), 'USD').body?.threshold).toBe(1234);
    expect(formToRule(form({ metric: 'cpc', threshold: '0.29' }), 'USD').body?.threshold).toBe(29); // 0.29 * 100 = 28.999…
    expect(formToRule(form({ metric: 'spend', threshold: '5000' }), 'JPY').body?.threshold).toBe(5000);
    expect(formToRule(form({ metric: 'ctr', threshold: '1.5' }), 'USD').body?.threshold).toBe(0.015);
    expect(formToRule(form({ metric: 'budget_used_share', threshold: '90' }), 'USD').body?.threshold).toBe(0.9);
  });

  it('round-trips every stored threshold', () => {
    for (const [metric, threshold, currency] of [
      ['cpc', 199, 'USD'],
      ['spend', 987654321, 'USD'],
      ['spend', 1500, 'JPY'],
      ['ctr', 0.0123, 'USD'],
      ['budget_used_share', 0.85, 'EUR'],
    ] as const) {
      const values = ruleToForm(rule({ metric, threshold }), currency);
      expect(formToRule(values, currency).body?.threshold).toBe(threshold);
    }
  });

  it('builds the whole body: trimmed name, campaign only when chosen, numbers from text', () => {
    const { body } = formToRule(
      form({
        name: '  CTR too low ',
        metric: 'ctr',
        operator: 'lt',
        threshold: '0.5',
        windowDays: '3',
        minImpressions: '',
        action: 'notify',
        enabled: false,
      }),
      'USD',
    );
    expect(body).toEqual({
      name: 'CTR too low',
      enabled: false,
      metric: 'ctr',
      operator: 'lt',
      threshold: 0.005,
      windowDays: 3,
      minImpressions: 0,
      action: 'notify',
    });
    expect(formToRule(form({ threshold: '1', campaignId: 'c-1' }), 'USD').body).toMatchObject({ campaignId: 'c-1' });
  });
});

describe('rule form validation', () => {
  it('needs a name of at most 120 characters', () => {
    expect(validateRuleForm(form({ name: '  ', threshold: '1' }), 'USD').name).toBe('Enter a name.');
    expect(validateRuleForm(form({ name: 'x'.repeat(121), threshold: '1' }), 'USD').name).toBe('Use at most 120 characters.');
  });

  it('needs a non-negative number for the threshold, with no more decimals than the currency has', () => {
    expect(validateRuleForm(form({ threshold: '' }), 'USD').threshold).toBe('Enter a threshold.');
    expect(validateRuleForm(form({ threshold: '-1' }), 'USD').threshold).toBe('Enter a number of 0 or more, like 12.5.');
    expect(validateRuleForm(form({ threshold: 'abc' }), 'USD').threshold).toBe('Enter a number of 0 or more, like 12.5.');
    expect(validateRuleForm(form({ threshold: '1.234' }), 'USD').threshold).toBe('USD amounts have at most 2 decimals.');
    expect(validateRuleForm(form({ threshold: '10.5' }), 'JPY').threshold).toBe('JPY amounts are whole numbers.');
    expect(validateRuleForm(form({ threshold: '10.50' }), 'USD').threshold).toBeUndefined();
  });

  it('allows any decimals for percentages, but a CTR of at most 100 %', () => {
    expect(validateRuleForm(form({ metric: 'ctr', threshold: '0.125' }), 'USD').threshold).toBeUndefined();
    expect(validateRuleForm(form({ metric: 'ctr', threshold: '101' }), 'USD').threshold).toBe('A click-through rate is at most 100 %.');
    expect(validateRuleForm(form({ metric: 'budget_used_share', threshold: '120' }), 'USD').threshold).toBeUndefined();
  });

  it('needs a window of 1–90 whole days and whole minimum impressions', () => {
    for (const windowDays of ['0', '91', '2.5', '', 'x'])
      expect(validateRuleForm(form({ threshold: '1', windowDays }), 'USD').windowDays).toBe('Enter a whole number of days from 1 to 90.');
    expect(validateRuleForm(form({ threshold: '1', windowDays: '90' }), 'USD').windowDays).toBeUndefined();
    expect(validateRuleForm(form({ threshold: '1', minImpressions: '1.5' }), 'USD').minImpressions).toBe(
      'Enter a whole number of 0 or more.',
    );
  });

  it('returns errors instead of a body when invalid', () => {
    const result = formToRule(form({ name: '', threshold: '' }), 'USD');
    expect(result.body).toBeUndefined();
    expect(Object.keys(result.errors ?? {})).toEqual(['name', 'threshold']);
  });
});

describe('describeCondition', () => {
  it('reads like a sentence in the rule units', () => {
    expect(describeCondition(rule(), 'USD')).toBe(
      'Cost per applicant is more than $50.00 over the last 7 days, once it has 1,000 impressions',
    );
    expect(describeCondition(rule({ metric: 'ctr', operator: 'lt', threshold: 0.005, windowDays: 1, minImpressions: 0 }), 'USD')).toBe(
      'Click-through rate is less than 0.5% over the last day',
    );
    expect(
      describeCondition(rule({ metric: 'budget_used_share', operator: 'gte', threshold: 1, windowDays: 90, minImpressions: 0 }), 'USD'),
    ).toBe('Share of the total budget used is at least 100%');
  });
});

describe('rule form: cost per hire and days without applicants', () => {
  it('cost per hire is money (major units in the form, minor in the API)', () => {
    expect(formToRule(form({ metric: 'cost_per_hire', threshold: '2500' }), 'USD').body?.threshold).toBe(250000);
    expect(thresholdUnit('cost_per_hire', 'EUR')).toBe('EUR');
  });

  it('days without applicants is a whole number of days, with no window in its description', () => {
    expect(formToRule(form({ metric: 'days_without_applicants', threshold: '10' }), 'USD').body?.threshold).toBe(10);
    expect(thresholdUnit('days_without_applicants', 'USD')).toBe('days');
    expect(validateRuleForm(form({ metric: 'days_without_applicants', threshold: '2.5' }), 'USD').threshold).toMatch(/whole number of days/);
    expect(ruleToForm(rule({ metric: 'days_without_applicants', threshold: 14 }), 'USD').threshold).toBe('14');
    expect(describeCondition({ metric: 'days_without_applicants', operator: 'gte', threshold: 14, windowDays: 7, minImpressions: 0 }, 'USD')).toBe('Days without applicants is at least 14 days');
  });
});
