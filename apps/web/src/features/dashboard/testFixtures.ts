/** Test-only builders for performance API answers (shapes from the contract). */
import type { BreakdownRow, CampaignMetrics, DashboardSummary, Kpis, Pacing } from '../../api/hooks/performance';

export function kpis(
  totals: Partial<Pick<Kpis, 'impressions' | 'reach' | 'clicks' | 'spendMinor' | 'conversions' | 'applications' | 'screenings' | 'interviews' | 'offers' | 'hires'>> = {},
): Kpis {
  const t = { impressions: 0, reach: 0, clicks: 0, spendMinor: 0, conversions: 0, applications: 0, screenings: 0, interviews: 0, offers: 0, hires: 0, ...totals };
  const ratio = (a: number, b: number) => (b ? a / b : null);
  const costPer = (n: number) => (n ? Math.round(t.spendMinor / n) : null);
  return {
    ...t,
    ctr: t.impressions ? t.clicks / t.impressions : null,
    cpcMinor: t.clicks ? Math.round(t.spendMinor / t.clicks) : null,
    costPerApplicantMinor: t.applications ? Math.round(t.spendMinor / t.applications) : null,
    applicationRate: t.clicks ? t.applications / t.clicks : null,
    costPerInterviewMinor: costPer(t.interviews),
    costPerHireMinor: costPer(t.hires),
    screeningRate: ratio(t.screenings, t.applications),
    interviewRate: ratio(t.interviews, t.screenings),
    offerRate: ratio(t.offers, t.interviews),
    hireRate: ratio(t.hires, t.offers),
  };
}

export function breakdownRow(key: string, label: string, totals: Parameters<typeof kpis>[0]): BreakdownRow {
  return { key, label, ...kpis(totals) };
}

export function summary(range: { from: string; to: string }, current: Kpis, previous: Kpis): DashboardSummary {
  const deltas = Object.fromEntries(
    (Object.keys(current) as (keyof Kpis)[]).map((k) => {
      const value = current[k];
      const before = previous[k];
      return [
        k,
        { value, previous: before, change: value !== null && before !== null && before !== 0 ? (value - before) / Math.abs(before) : null },
      ];
    }),
  );
  return { range, previousRange: range, currency: 'USD', current, previous, deltas, activeCampaigns: 2, openJobs: 3 };
}

export function pacing(overrides: Partial<Pacing> = {}): Pacing {
  return {
    spentMinor: 12_000,
    budgetMinor: 30_000,
    elapsedDays: 10,
    totalDays: 30,
    projectedMinor: 36_000,
    spentShare: 0.4,
    status: 'on_track',
    currency: 'USD',
    ...overrides,
  };
}

export function campaignMetrics(
  campaignId: string,
  range: { from: string; to: string },
  overrides: Partial<CampaignMetrics> = {},
): CampaignMetrics {
  const totals = kpis({ impressions: 10_000, clicks: 400, spendMinor: 12_000, applications: 6 });
  return {
    campaignId,
    range,
    currency: 'USD',
    totals,
    byPlatform: [breakdownRow('sandbox', 'sandbox', { impressions: 10_000, clicks: 400, spendMinor: 12_000, applications: 6 })],
    spend: [{ date: range.to, key: 'sandbox', label: 'sandbox', value: 12_000 }],
    clicks: [{ date: range.to, key: 'sandbox', label: 'sandbox', value: 400 }],
    applications: [{ date: range.to, key: 'sandbox', label: 'sandbox', value: 6 }],
    pacing: pacing(),
    ...overrides,
  };
}
