/**
 * Pure KPI arithmetic for dashboards: derived ratios and period-over-period deltas.
 * Money is integer minor units of the reporting currency; ratios are null when undefined
 * (no impressions → no CTR), never NaN or Infinity.
 */
export interface MetricTotals {
  impressions: number;
  reach: number;
  clicks: number;
  spendMinor: number;
  conversions: number;
  applications: number;
}

export interface Kpis extends MetricTotals {
  /** clicks / impressions */
  ctr: number | null;
  /** spend per click, minor units */
  cpcMinor: number | null;
  /** spend per application, minor units */
  costPerApplicantMinor: number | null;
  /** applications / clicks */
  applicationRate: number | null;
}

export const ZERO_TOTALS: MetricTotals = { impressions: 0, reach: 0, clicks: 0, spendMinor: 0, conversions: 0, applications: 0 };

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export function deriveKpis(totals: MetricTotals): Kpis {
  return {
    ...totals,
    ctr: ratio(totals.clicks, totals.impressions),
    cpcMinor: totals.clicks > 0 ? Math.round(totals.spendMinor / totals.clicks) : null,
    costPerApplicantMinor: totals.applications > 0 ? Math.round(totals.spendMinor / totals.applications) : null,
    applicationRate: ratio(totals.applications, totals.clicks),
  };
}

export function addTotals(a: MetricTotals, b: MetricTotals): MetricTotals {
  return {
    impressions: a.impressions + b.impressions,
    reach: a.reach + b.reach,
    clicks: a.clicks + b.clicks,
    spendMinor: a.spendMinor + b.spendMinor,
    conversions: a.conversions + b.conversions,
    applications: a.applications + b.applications,
  };
}

export interface Delta {
  value: number | null;
  previous: number | null;
  /** relative change (0.25 = +25 %); null when the previous value is 0 or unknown */
  change: number | null;
}

export function delta(value: number | null, previous: number | null): Delta {
  const change = value !== null && previous !== null && previous !== 0 ? (value - previous) / Math.abs(previous) : null;
  return { value, previous, change };
}

/** Every KPI of the current period with its delta against the previous one. */
export function compareKpis(current: Kpis, previous: Kpis): Record<keyof Kpis, Delta> {
  const keys = Object.keys(current) as (keyof Kpis)[];
  return Object.fromEntries(keys.map((k) => [k, delta(current[k], previous[k])])) as Record<keyof Kpis, Delta>;
}
