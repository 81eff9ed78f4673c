import { ZERO_TOTALS } from './kpis';
import { BUDGET_CAP_CONDITION, evaluateCondition, RuleContext } from './rules';

const ctx = (over: Partial<RuleContext['totals']>, extra: Partial<RuleContext> = {}): RuleContext => ({
  totals: { ...ZERO_TOTALS, ...over }, totalBudgetMinor: null, lifetimeSpendMinor: over.spendMinor ?? 0, ...extra,
});

describe('automation rule scenarios', () => {
  it('cost per applicant above the limit over the window fires', () => {
    const outcome = evaluateCondition({ metric: 'cost_per_applicant', operator: 'gt', threshold: 50_00 }, ctx({ spendMinor: 300_00, applications: 4 }));
    expect(outcome).toEqual({ fired: true, observed: 75_00 });
  });

  it('cost per applicant within the limit does not fire', () => {
    expect(evaluateCondition({ metric: 'cost_per_applicant', operator: 'gt', threshold: 100_00 }, ctx({ spendMinor: 300_00, applications: 4 })).fired).toBe(false);
  });

  it('spend with zero applications counts as the whole spend per applicant', () => {
    expect(evaluateCondition({ metric: 'cost_per_applicant', operator: 'gt', threshold: 50_00 }, ctx({ spendMinor: 60_00 }))).toEqual({ fired: true, observed: 60_00 });
  });

  it('low CTR waits for enough impressions', () => {
    const rule = { metric: 'ctr' as const, operator: 'lt' as const, threshold: 0.01, minImpressions: 1000 };
    expect(evaluateCondition(rule, ctx({ impressions: 500, clicks: 0 })).fired).toBe(false);
    expect(evaluateCondition(rule, ctx({ impressions: 2000, clicks: 10 }))).toEqual({ fired: true, observed: 0.005 });
  });

  it('budget cap reached fires the built-in rule; no cap never fires', () => {
    expect(evaluateCondition(BUDGET_CAP_CONDITION, ctx({ spendMinor: 100_00 }, { totalBudgetMinor: 100_00, lifetimeSpendMinor: 100_00 })).fired).toBe(true);
    expect(evaluateCondition(BUDGET_CAP_CONDITION, ctx({ spendMinor: 99_00 }, { totalBudgetMinor: 100_00, lifetimeSpendMinor: 99_99 })).fired).toBe(false);
    expect(evaluateCondition(BUDGET_CAP_CONDITION, ctx({ spendMinor: 1e9 })).fired).toBe(false);
  });

  it('every operator compares as named', () => {
    const c = ctx({ spendMinor: 100 });
    expect(evaluateCondition({ metric: 'spend', operator: 'gte', threshold: 100 }, c).fired).toBe(true);
    expect(evaluateCondition({ metric: 'spend', operator: 'gt', threshold: 100 }, c).fired).toBe(false);
    expect(evaluateCondition({ metric: 'spend', operator: 'lte', threshold: 100 }, c).fired).toBe(true);
    expect(evaluateCondition({ metric: 'spend', operator: 'lt', threshold: 100 }, c).fired).toBe(false);
  });
});
