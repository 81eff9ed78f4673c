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
  /** Applications that reached each hiring stage in the period (from the ATS or a recruiter). */
  screenings: number;
  interviews: number;
  offers: number;
  hires: number;
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
  /** spend per application that reached an interview, minor units */
  costPerInterviewMinor: number | null;
  /** spend per hire, minor units */
  costPerHireMinor: number | null;
  /** Stage conversions: screenings / applications, interviews / screenings, offers / interviews, hires / offers */
  screeningRate: number | null;
  interviewRate: number | null;
  offerRate: number | null;
  hireRate: number | null;
}

export const ZERO_TOTALS: MetricTotals = {
  impressions: 0, reach: 0, clicks: 0, spendMinor: 0, conversions: 0, applications: 0, screenings: 0, interviews: 0, offers: 0, hires: 0,
};

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
const costPer = (spendMinor: number, count: number): number | null => (count > 0 ? Math.round(spendMinor / count) : null);

export function deriveKpis(totals: MetricTotals): Kpis {
  return {
    ...totals,
    ctr: ratio(totals.clicks, totals.impressions),
    cpcMinor: costPer(totals.spendMinor, totals.clicks),
    costPerApplicantMinor: costPer(totals.spendMinor, totals.applications),
    applicationRate: ratio(totals.applications, totals.clicks),
    costPerInterviewMinor: costPer(totals.spendMinor, totals.interviews),
    costPerHireMinor: costPer(totals.spendMinor, totals.hires),
    screeningRate: ratio(totals.screenings, totals.applications),
    interviewRate: ratio(totals.interviews, totals.screenings),
    offerRate: ratio(totals.offers, totals.interviews),
    hireRate: ratio(totals.hires, totals.offers),
  };
}

export function addTotals(a: MetricTotals, b: MetricTotals): MetricTotals {
  const keys = Object.keys(ZERO_TOTALS) as (keyof MetricTotals)[];
  return Object.fromEntries(keys.map((k) => [k, a[k] + b[k]])) as unknown as MetricTotals;
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
