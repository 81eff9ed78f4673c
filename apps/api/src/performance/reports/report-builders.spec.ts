import { campaignReport, jobReport, type PublicationFigures, segmentReport } from './report-builders';
import { type ReportSums, ZERO_SUMS } from './report-calc';

const sums = (spend: number, impressions: number, reach: number | null, applications = 0, hires = 0): ReportSums => ({
  ...ZERO_SUMS, spendMinor: spend, impressions, clicks: impressions / 100, applications, hires,
  ...(reach === null ? {} : { reachSum: reach, impressionsWithReach: impressions, reachDays: 1, uniqueClicksSum: impressions / 200, uniqueClickDays: 1 }),
});

const pub = (id: string, campaign: string, platform: string, s: ReportSums, over: Partial<PublicationFigures> = {}): PublicationFigures => ({
  publicationId: id, campaignId: campaign, campaignName: `Campaign ${campaign}`, jobId: 'job-1', jobTitle: 'Welder', segmentIds: ['seg-a'],
  platform, adSetId: `as-${id}`, sums: s, ...over,
});

const FIGURES = [
  pub('p1', 'c1', 'meta', sums(100_00, 20_000, 10_000, 4, 1)),
  pub('p2', 'c1', 'google', sums(300_00, 10_000, null, 6, 0), { adSetId: null }),
  pub('p3', 'c2', 'meta', sums(50_00, 5_000, 2_500, 1, 0), { jobId: 'job-2', jobTitle: 'Nurse', segmentIds: ['seg-a', 'seg-b'] }),
];

describe('report builders', () => {
  it('campaign report: each campaign row is followed by its platform rows and their ad-set rows, biggest spend first', () => {
    const rows = campaignReport(FIGURES);
    expect(rows.map((r) => [r.level, r.label, r.parentKey])).toEqual([
      ['campaign', 'Campaign c1', null],
      ['platform', 'google', 'c1'],
      ['adset', 'Publication p2', 'c1:google'],
      ['platform', 'meta', 'c1'],
      ['adset', 'Ad set as-p1', 'c1:meta'],
      ['campaign', 'Campaign c2', null],
      ['platform', 'meta', 'c2'],
      ['adset', 'Ad set as-p3', 'c2:meta'],
    ]);
    const c1 = rows[0]!;
    expect(c1.spendMinor).toBe(400_00);
    expect(c1.applications).toBe(10);
    expect(c1.costPerApplicantMinor).toBe(4000);
    expect(c1.reach).toBe(10_000); // only Meta reports reach
    expect(c1.frequency).toBe(2); // Meta's 20 000 impressions / 10 000, Google's impressions left out
    expect(rows[1]).toMatchObject({ platform: 'google', reach: null, frequency: null, uniqueClicks: null });
    expect(c1.reachIsDailySum).toBe(false); // one publication-day reported reach
  });

  it('job report: a job row covers all its campaigns, then one row per campaign', () => {
    const rows = jobReport(FIGURES);
    expect(rows.map((r) => [r.level, r.key, r.parentKey])).toEqual([
      ['job', 'job-1', null], ['campaign', 'c1', 'job-1'], ['job', 'job-2', null], ['campaign', 'c2', 'job-2'],
    ]);
    expect(rows[0]).toMatchObject({ spendMinor: 400_00, applications: 10, hires: 1, costPerHireMinor: 400_00 });
  });

  it('segment report: a campaign aimed at two segments gives each half; candidates come from the segment size', () => {
    const rows = segmentReport(FIGURES, [{ id: 'seg-a', name: 'Senior welders', size: 1200 }]);
    const a = rows.find((r) => r.key === 'seg-a')!;
    const b = rows.find((r) => r.key === 'seg-b')!;
    expect(a).toMatchObject({ label: 'Senior welders', candidates: 1200, spendMinor: 400_00 + 25_00, applications: 10.5 });
    expect(b).toMatchObject({ label: 'Segment seg-b', candidates: null, spendMinor: 25_00, applications: 0.5 });
    expect(a.spendMinor + b.spendMinor).toBe(450_00); // the shares add up to the campaigns' spend
  });

  it('no figures: every report is empty', () => {
    expect(campaignReport([])).toEqual([]);
    expect(jobReport([])).toEqual([]);
    expect(segmentReport([], [])).toEqual([]);
  });
});
