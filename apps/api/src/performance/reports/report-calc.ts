/**
 * Report arithmetic, pure: sums that stay additive, and the ratios derived from them only at the
 * end (a CPM or a frequency is never averaged across days, platforms or campaigns).
 *
 * Reach and unique clicks are not additive: the same person reached on two days, or by two
 * publications, is one person. AdFlux stores the platforms' daily values per publication and a
 * report over several days or publications adds them up; that sum is an upper bound of the
 * people reached, and a row built from more than one publication-day says so with
 * `reachIsDailySum: true` (the SPA and CSV label it "sum of daily reach"). Frequency is then
 * impressions / summed reach: the average daily frequency, a lower bound of the period's.
 * Only days that reported reach count: impressions of a platform without reach (Google Search)
 * are left out of the frequency, and a row with no reported reach at all has reach, frequency
 * and unique clicks null ("—"), never 0.
 */
import { deriveKpis, ZERO_TOTALS } from '../calc/kpis';

/** Additive sums of some publication-days and of the applications they brought. */
export interface ReportSums {
  spendMinor: number;
  impressions: number;
  clicks: number;
  conversions: number;
  /** Sum of the daily reach that was reported; 0 with `reachDays` 0 means "not reported". */
  reachSum: number;
  /** Impressions of the publication-days that reported reach (the frequency's numerator). */
  impressionsWithReach: number;
  /** Publication-days that reported reach. */
  reachDays: number;
  uniqueClicksSum: number;
  /** Publication-days that reported unique clicks. */
  uniqueClickDays: number;
  applications: number;
  screenings: number;
  interviews: number;
  offers: number;
  hires: number;
}

export const ZERO_SUMS: ReportSums = {
  spendMinor: 0, impressions: 0, clicks: 0, conversions: 0, reachSum: 0, impressionsWithReach: 0, reachDays: 0,
  uniqueClicksSum: 0, uniqueClickDays: 0, applications: 0, screenings: 0, interviews: 0, offers: 0, hires: 0,
};

const SUM_KEYS = Object.keys(ZERO_SUMS) as (keyof ReportSums)[];

export function addSums(a: ReportSums, b: ReportSums): ReportSums {
  return Object.fromEntries(SUM_KEYS.map((k) => [k, a[k] + b[k]])) as unknown as ReportSums;
}

/** Counts of contributing publication-days: a share of a day is still a whole day that reported. */
const DAY_COUNTS: ReadonlySet<keyof ReportSums> = new Set(['reachDays', 'uniqueClickDays']);

/** A share of the sums (a campaign aimed at two segments gives each half); day counts stay whole. */
export function scaleSums(sums: ReportSums, weight: number): ReportSums {
  return Object.fromEntries(SUM_KEYS.map((k) => [k, DAY_COUNTS.has(k) ? sums[k] : sums[k] * weight])) as unknown as ReportSums;
}

export interface ReportMetrics {
  spendMinor: number;
  impressions: number;
  /** Null when no publication-day of the row reported reach. */
  reach: number | null;
  /** True when `reach` (and unique clicks) add up more than one publication-day: an upper bound of the people reached. */
  reachIsDailySum: boolean;
  /** impressions / reach over the days that reported reach; null without reach. */
  frequency: number | null;
  clicks: number;
  uniqueClicks: number | null;
  conversions: number;
  ctr: number | null;
  /** Unique clicks / reach. */
  uniqueCtr: number | null;
  /** Spend per thousand impressions, minor units. */
  cpmMinor: number | null;
  cpcMinor: number | null;
  applications: number;
  screenings: number;
  interviews: number;
  offers: number;
  hires: number;
  costPerApplicantMinor: number | null;
  costPerInterviewMinor: number | null;
  costPerHireMinor: number | null;
  /** applications / clicks */
  applicationRate: number | null;
  screeningRate: number | null;
  interviewRate: number | null;
  offerRate: number | null;
  hireRate: number | null;
}

const round = (value: number) => Math.round(value);

/** The figures of a report row from its sums. Counts of split rows (segments) are rounded to 2 decimals. */
export function reportMetrics(sums: ReportSums): ReportMetrics {
  const count = (v: number) => Math.round(v * 100) / 100;
  const kpis = deriveKpis({
    ...ZERO_TOTALS, impressions: sums.impressions, clicks: sums.clicks, spendMinor: sums.spendMinor, applications: sums.applications,
    screenings: sums.screenings, interviews: sums.interviews, offers: sums.offers, hires: sums.hires,
  });
  const hasReach = sums.reachDays > 0;
  const reach = hasReach ? round(sums.reachSum) : null;
  const uniqueClicks = sums.uniqueClickDays > 0 ? round(sums.uniqueClicksSum) : null;
  return {
    spendMinor: round(sums.spendMinor),
    impressions: round(sums.impressions),
    reach,
    reachIsDailySum: sums.reachDays > 1,
    frequency: hasReach && sums.reachSum > 0 ? Math.round((sums.impressionsWithReach / sums.reachSum) * 100) / 100 : null,
    clicks: round(sums.clicks),
    uniqueClicks,
    conversions: round(sums.conversions),
    ctr: kpis.ctr,
    uniqueCtr: uniqueClicks !== null && hasReach && sums.reachSum > 0 ? sums.uniqueClicksSum / sums.reachSum : null,
    cpmMinor: sums.impressions > 0 ? round((sums.spendMinor * 1000) / sums.impressions) : null,
    cpcMinor: kpis.cpcMinor,
    applications: count(sums.applications),
    screenings: count(sums.screenings),
    interviews: count(sums.interviews),
    offers: count(sums.offers),
    hires: count(sums.hires),
    costPerApplicantMinor: kpis.costPerApplicantMinor,
    costPerInterviewMinor: kpis.costPerInterviewMinor,
    costPerHireMinor: kpis.costPerHireMinor,
    applicationRate: kpis.applicationRate,
    screeningRate: kpis.screeningRate,
    interviewRate: kpis.interviewRate,
    offerRate: kpis.offerRate,
    hireRate: kpis.hireRate,
  };
}
