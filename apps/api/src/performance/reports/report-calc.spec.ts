import { addSums, reportMetrics, type ReportSums, scaleSums, ZERO_SUMS } from './report-calc';

/** A Meta-like publication-day span: reach and unique clicks reported on every day. */
const meta = (days: number, over: Partial<ReportSums> = {}): ReportSums => ({
  ...ZERO_SUMS, spendMinor: 100_00, impressions: 20_000, clicks: 400, reachSum: 10_000, impressionsWithReach: 20_000, reachDays: days,
  uniqueClicksSum: 350, uniqueClickDays: days, ...over,
});
/** A Google Search span: CPM-able delivery, no reach or unique clicks. */
const google = (over: Partial<ReportSums> = {}): ReportSums => ({ ...ZERO_SUMS, spendMinor: 300_00, impressions: 10_000, clicks: 500, ...over });

describe('report calculations', () => {
  it('a Meta week: CPM, CPC, CTR and frequency come from the sums', () => {
    const m = reportMetrics(meta(7));
    expect(m.cpmMinor).toBe(500); // $100 / 20 000 impressions × 1000 = $5.00
    expect(m.cpcMinor).toBe(25);
    expect(m.ctr).toBeCloseTo(0.02);
    expect(m.reach).toBe(10_000);
    expect(m.frequency).toBe(2);
    expect(m.uniqueClicks).toBe(350);
    expect(m.uniqueCtr).toBeCloseTo(0.035);
  });

  it('Google Search has no reach: reach, frequency and unique clicks are null (shown "—"), never 0; CPM still comes from spend', () => {
    const m = reportMetrics(google());
    expect(m.reach).toBeNull();
    expect(m.frequency).toBeNull();
    expect(m.uniqueClicks).toBeNull();
    expect(m.uniqueCtr).toBeNull();
    expect(m.reachIsDailySum).toBe(false);
    expect(m.cpmMinor).toBe(3000);
  });

  it('Meta plus Google: frequency divides only the impressions of the days that reported reach', () => {
    const m = reportMetrics(addSums(meta(1), google()));
    expect(m.impressions).toBe(30_000);
    expect(m.reach).toBe(10_000);
    expect(m.frequency).toBe(2); // 20 000 / 10 000, not 30 000 / 10 000
    expect(m.uniqueClicks).toBe(350);
  });

  it('CPM across platforms is total spend over total impressions, not the average of the platforms\' CPMs', () => {
    const a = reportMetrics(meta(1)).cpmMinor!; // $5
    const b = reportMetrics(google()).cpmMinor!; // $30
    const both = reportMetrics(addSums(meta(1), google())).cpmMinor;
    expect(both).toBe(Math.round((400_00 * 1000) / 30_000)); // $13.33
    expect(both).not.toBe(Math.round((a + b) / 2));
  });

  it('one publication-day: reach is exact; several days: it is marked as a sum of daily reach', () => {
    expect(reportMetrics(meta(1)).reachIsDailySum).toBe(false);
    const week = reportMetrics(addSums(meta(3), meta(4)));
    expect(week.reachIsDailySum).toBe(true);
    expect(week.reach).toBe(20_000);
    expect(week.frequency).toBe(2);
  });

  it('no delivery: every ratio is null, never NaN or Infinity', () => {
    const m = reportMetrics(ZERO_SUMS);
    for (const key of ['ctr', 'cpmMinor', 'cpcMinor', 'frequency', 'reach', 'uniqueClicks', 'costPerApplicantMinor', 'costPerHireMinor'] as const) expect(m[key]).toBeNull();
  });

  it('a reported reach of 0 is 0 (the platform said so), with no frequency', () => {
    const m = reportMetrics({ ...ZERO_SUMS, reachDays: 1, uniqueClickDays: 1 });
    expect(m.reach).toBe(0);
    expect(m.uniqueClicks).toBe(0);
    expect(m.frequency).toBeNull();
  });

  it('a hiring funnel: cost per applicant, interview and hire, and the conversion between stages', () => {
    const m = reportMetrics({ ...meta(7), applications: 40, screenings: 20, interviews: 10, offers: 4, hires: 2 });
    expect(m.costPerApplicantMinor).toBe(250);
    expect(m.costPerInterviewMinor).toBe(1000);
    expect(m.costPerHireMinor).toBe(5000);
    expect(m.screeningRate).toBeCloseTo(0.5);
    expect(m.interviewRate).toBeCloseTo(0.5);
    expect(m.offerRate).toBeCloseTo(0.4);
    expect(m.hireRate).toBeCloseTo(0.5);
    expect(m.applicationRate).toBeCloseTo(0.1);
  });

  it('halves of two campaigns\' single days are still two publication-days: the reach is marked as a sum', () => {
    const shares = addSums(scaleSums(meta(1), 0.5), scaleSums(meta(1), 0.5));
    expect(reportMetrics(shares).reachIsDailySum).toBe(true);
    expect(reportMetrics(scaleSums(meta(1), 0.5)).reachIsDailySum).toBe(false);
    expect(reportMetrics(scaleSums(meta(1), 0.5)).reach).toBe(5000);
  });

  it('a split share keeps ratios and rounds counts for display', () => {
    const third = reportMetrics(scaleSums({ ...meta(1), applications: 1 }, 1 / 3));
    expect(third.cpmMinor).toBe(500);
    expect(third.frequency).toBe(2);
    expect(third.applications).toBe(0.33);
    expect(third.spendMinor).toBe(3333);
  });
});
