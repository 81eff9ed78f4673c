import { compareKpis, deriveKpis, delta, ZERO_TOTALS } from './kpis';

describe('KPI scenarios', () => {
  it('a normal week: CTR, CPC and cost per applicant', () => {
    const kpis = deriveKpis({ impressions: 20_000, reach: 15_000, clicks: 400, spendMinor: 120_00, conversions: 12, applications: 16 });
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
