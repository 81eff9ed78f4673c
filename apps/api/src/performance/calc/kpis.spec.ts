import { addTotals, compareKpis, deriveKpis, delta, ZERO_TOTALS } from './kpis';

describe('KPI scenarios', () => {
  it('a normal week: CTR, CPC and cost per applicant', () => {
    const kpis = deriveKpis({ ...ZERO_TOTALS, impressions: 20_000, reach: 15_000, clicks: 400, spendMinor: 120_00, conversions: 12, applications: 16 });
    expect(kpis.ctr).toBeCloseTo(0.02);
    expect(kpis.cpcMinor).toBe(30);
    expect(kpis.costPerApplicantMinor).toBe(750);
    expect(kpis.applicationRate).toBeCloseTo(0.04);
  });

  it('no delivery yet: ratios are null, never NaN or Infinity', () => {
    const kpis = deriveKpis(ZERO_TOTALS);
    expect(kpis.ctr).toBeNull();
    expect(kpis.cpcMinor).toBeNull();
    expect(kpis.costPerApplicantMinor).toBeNull();
  });

  it('spend without applications has no cost per applicant', () => {
    expect(deriveKpis({ ...ZERO_TOTALS, spendMinor: 500, clicks: 10, impressions: 1000 }).costPerApplicantMinor).toBeNull();
  });

  it('a hiring month: cost per interview and per hire, and the conversion between stages', () => {
    const kpis = deriveKpis({ ...ZERO_TOTALS, spendMinor: 900_00, clicks: 3000, applications: 60, screenings: 30, interviews: 12, offers: 4, hires: 3 });
    expect(kpis.costPerInterviewMinor).toBe(7500);
    expect(kpis.costPerHireMinor).toBe(30000);
    expect(kpis.screeningRate).toBeCloseTo(0.5);
    expect(kpis.interviewRate).toBeCloseTo(0.4);
    expect(kpis.offerRate).toBeCloseTo(1 / 3);
    expect(kpis.hireRate).toBeCloseTo(0.75);
  });

  it('no hires or interviews yet: their costs and the rates after the last reached stage are null', () => {
    const kpis = deriveKpis({ ...ZERO_TOTALS, spendMinor: 500, applications: 5, screenings: 2 });
    expect(kpis).toMatchObject({ costPerInterviewMinor: null, costPerHireMinor: null, offerRate: null, hireRate: null, interviewRate: 0 });
    expect(kpis.screeningRate).toBeCloseTo(0.4);
  });

  it('adds every total, stage counts included', () => {
    const a = { ...ZERO_TOTALS, spendMinor: 100, hires: 1, interviews: 2 };
    expect(addTotals(a, a)).toEqual({ ...ZERO_TOTALS, spendMinor: 200, hires: 2, interviews: 4 });
  });

  it('deltas: growth, decline, and from zero', () => {
    expect(delta(150, 100).change).toBeCloseTo(0.5);
    expect(delta(50, 100).change).toBeCloseTo(-0.5);
    expect(delta(10, 0).change).toBeNull();
    expect(delta(null, 5).change).toBeNull();
  });

  it('compares every KPI between periods', () => {
    const current = deriveKpis({ ...ZERO_TOTALS, impressions: 1000, clicks: 20, spendMinor: 2000, applications: 4 });
    const previous = deriveKpis({ ...ZERO_TOTALS, impressions: 1000, clicks: 10, spendMinor: 2000, applications: 2 });
    const compared = compareKpis(current, previous);
    expect(compared.clicks.change).toBeCloseTo(1);
    expect(compared.costPerApplicantMinor).toEqual({ value: 500, previous: 1000, change: -0.5 });
  });
});
