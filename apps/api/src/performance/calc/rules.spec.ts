import { ZERO_TOTALS } from './kpis';
import { BUDGET_CAP_CONDITION, daysWithoutApplicants, evaluateCondition, RuleContext } from './rules';

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

  it('cost per hire above the limit fires; within it does not', () => {
    const rule = { metric: 'cost_per_hire' as const, operator: 'gt' as const, threshold: 2000_00 };
    expect(evaluateCondition(rule, ctx({ spendMinor: 9000_00, hires: 3 }))).toEqual({ fired: true, observed: 3000_00 });
    expect(evaluateCondition(rule, ctx({ spendMinor: 5000_00, hires: 3 }))).toEqual({ fired: false, observed: 1667_00 - 33 });
  });

  it('spend without a single hire counts as the whole spend per hire; no spend is not judged', () => {
    const rule = { metric: 'cost_per_hire' as const, operator: 'gt' as const, threshold: 2000_00 };
    expect(evaluateCondition(rule, ctx({ spendMinor: 2500_00, applications: 40, interviews: 5 }))).toEqual({ fired: true, observed: 2500_00 });
    expect(evaluateCondition(rule, ctx({}))).toEqual({ fired: false, observed: null });
  });

  it('no applicants after N days fires once the campaign has run that long with none', () => {
    const rule = { metric: 'days_without_applicants' as const, operator: 'gte' as const, threshold: 5 };
    expect(evaluateCondition(rule, ctx({}, { daysWithoutApplicants: 6 }))).toEqual({ fired: true, observed: 6 });
    expect(evaluateCondition(rule, ctx({}, { daysWithoutApplicants: 4 }))).toEqual({ fired: false, observed: 4 });
    expect(evaluateCondition(rule, ctx({}, { daysWithoutApplicants: null }))).toEqual({ fired: false, observed: null });
  });

  it('counts days without applicants from the campaign start, or from the last application when later', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    expect(daysWithoutApplicants(new Date('2026-12-01T00:00:00Z'), null, now)).toBe(9);
    expect(daysWithoutApplicants(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-08T13:00:00Z'), now)).toBe(1);
    // An application attributed before the start (a re-used link) does not move the clock back.
    expect(daysWithoutApplicants(new Date('2026-12-05T00:00:00Z'), new Date('2026-11-01T00:00:00Z'), now)).toBe(5);
    expect(daysWithoutApplicants(new Date('2026-12-11T00:00:00Z'), null, now)).toBeNull();
  });

  it('every operator compares as named', () => {
    const c = ctx({ spendMinor: 100 });
    expect(evaluateCondition({ metric: 'spend', operator: 'gte', threshold: 100 }, c).fired).toBe(true);
    expect(evaluateCondition({ metric: 'spend', operator: 'gt', threshold: 100 }, c).fired).toBe(false);
    expect(evaluateCondition({ metric: 'spend', operator: 'lte', threshold: 100 }, c).fired).toBe(true);
    expect(evaluateCondition({ metric: 'spend', operator: 'lt', threshold: 100 }, c).fired).toBe(false);
  });
});
