/**
 * Builds the three reports from per-publication sums, pure: per campaign (with per-platform and
 * per-ad-set rows), per job (with its campaigns) and per segment. Every level adds the sums of
 * the level below and derives its ratios from those sums (report-calc.ts), so a campaign's CPM
 * is its spend over its impressions, never the average of its platforms' CPMs.
 *
 * Each AdFlux publication creates exactly one ad set (Meta, sandbox) or ad group (Google), so a
 * publication's figures are its ad set's figures.
 */
import { addSums, reportMetrics, type ReportMetrics, type ReportSums, scaleSums, ZERO_SUMS } from './report-calc';

/** What the repository reads for one publication over the range. */
export interface PublicationFigures {
  publicationId: string;
  campaignId: string;
  campaignName: string;
  jobId: string;
  jobTitle: string;
  segmentIds: string[];
  platform: string;
  /** The platform's ad set / ad group id, when the publication got that far. */
  adSetId: string | null;
  sums: ReportSums;
}

export interface SegmentInfo {
  id: string;
  name: string;
  /** Candidates in the segment. */
  size: number;
}

export const REPORT_LEVELS = ['campaign', 'platform', 'adset', 'job', 'segment'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export interface ReportRow extends ReportMetrics {
  level: ReportLevel;
  /** Unique within the report. */
  key: string;
  label: string;
  /** The key of the row this one details (a campaign's platform rows point at the campaign), else null. */
  parentKey: string | null;
  /** The platform kind, on platform and ad-set rows. */
  platform: string | null;
  /** Candidates in the segment (segment rows), else null. */
  candidates: number | null;
}

interface Group {
  key: string;
  label: string;
  sums: ReportSums;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string, labelOf: (item: T) => string, sumsOf: (item: T) => ReportSums): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? { key, label: labelOf(item), sums: ZERO_SUMS };
    group.sums = addSums(group.sums, sumsOf(item));
    groups.set(key, group);
  }
  // Biggest spend first; ties by name, so the order is stable.
  return [...groups.values()].sort((a, b) => b.sums.spendMinor - a.sums.spendMinor || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
}

function row(level: ReportLevel, group: Group, extra: Partial<Pick<ReportRow, 'parentKey' | 'platform' | 'candidates'>> = {}): ReportRow {
  return { level, key: group.key, label: group.label, parentKey: null, platform: null, candidates: null, ...extra, ...reportMetrics(group.sums) };
}

/** Campaign rows, each followed by its platforms' rows, each followed by its ad sets' rows. */
export function campaignReport(figures: readonly PublicationFigures[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const campaign of groupBy(figures, (f) => f.campaignId, (f) => f.campaignName, (f) => f.sums)) {
    rows.push(row('campaign', campaign));
    const ofCampaign = figures.filter((f) => f.campaignId === campaign.key);
    for (const platform of groupBy(ofCampaign, (f) => `${campaign.key}:${f.platform}`, (f) => f.platform, (f) => f.sums)) {
      const kind = platform.label;
      rows.push(row('platform', platform, { parentKey: campaign.key, platform: kind }));
      const adSets = ofCampaign.filter((f) => f.platform === kind);
      for (const adSet of groupBy(adSets, (f) => f.publicationId, (f) => (f.adSetId ? `Ad set ${f.adSetId}` : `Publication ${f.publicationId.slice(0, 8)}`), (f) => f.sums)) {
        rows.push(row('adset', adSet, { parentKey: platform.key, platform: kind }));
      }
    }
  }
  return rows;
}

/** Job rows (every campaign of the job), each followed by its campaigns' rows. */
export function jobReport(figures: readonly PublicationFigures[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const job of groupBy(figures, (f) => f.jobId, (f) => f.jobTitle, (f) => f.sums)) {
    rows.push(row('job', job));
    const campaigns = groupBy(figures.filter((f) => f.jobId === job.key), (f) => f.campaignId, (f) => f.campaignName, (f) => f.sums);
    for (const campaign of campaigns) rows.push(row('campaign', campaign, { parentKey: job.key }));
  }
  return rows;
}

/**
 * One row per targeted segment: a campaign aimed at n segments gives each 1/n of its spend,
 * delivery and applicants (the dashboard's rule), so the segment rows add up to the campaigns'.
 */
export function segmentReport(figures: readonly PublicationFigures[], segments: readonly SegmentInfo[]): ReportRow[] {
  const info = new Map(segments.map((s) => [s.id, s]));
  const shares = figures.flatMap((f) => f.segmentIds.map((id) => ({ id, sums: scaleSums(f.sums, 1 / f.segmentIds.length) })));
  const label = (id: string) => info.get(id)?.name ?? `Segment ${id.slice(0, 8)}`;
  return groupBy(shares, (s) => s.id, (s) => label(s.id), (s) => s.sums).map((group) => row('segment', group, { candidates: info.get(group.key)?.size ?? null }));
}
