import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DateRange } from '../calc/periods';
import { STAGE_TOTALS } from '../dashboard/dashboard-query';
import type { PublicationFigures, SegmentInfo } from './report-builders';
import { type ReportSums, ZERO_SUMS } from './report-calc';

type Numeric = Record<string, string | number | null>;
const num = (v: string | number | null | undefined) => Number(v ?? 0);

/**
 * Per publication over [$1, $2]: delivery sums (reach and unique clicks only over the days that
 * reported them, with how many did) and the hiring funnel of its attributed applications (an
 * application counts on a stage in the period it first reached it, like the dashboard).
 */
const FIGURES_SQL = `
  WITH delivery AS (
    SELECT m.publication_id, sum(m.spend_reporting_minor) AS spend, sum(m.impressions) AS impressions, sum(m.clicks) AS clicks,
           sum(m.conversions) AS conversions, coalesce(sum(m.reach), 0) AS reach_sum,
           coalesce(sum(m.impressions) FILTER (WHERE m.reach IS NOT NULL), 0) AS impressions_with_reach, count(m.reach) AS reach_days,
           coalesce(sum(m.unique_clicks), 0) AS unique_clicks_sum, count(m.unique_clicks) AS unique_click_days
    FROM publication_metrics_daily m WHERE m.date BETWEEN $1 AND $2 GROUP BY 1),
  funnel AS (
    SELECT a.publication_id, count(*) FILTER (WHERE a.created_at >= $1::date AND a.created_at < $2::date + 1) AS applications,
           ${Object.entries(STAGE_TOTALS).map(([name, column]) => `count(*) FILTER (WHERE a.${column} >= $1::date AND a.${column} < $2::date + 1) AS ${name}`).join(', ')}
    FROM applications a
    WHERE a.publication_id IS NOT NULL
      AND ((a.created_at >= $1::date AND a.created_at < $2::date + 1)
        OR (a.screening_at < $2::date + 1 AND coalesce(a.hired_at, a.offer_at, a.interview_at, a.screening_at) >= $1::date))
    GROUP BY 1)
  SELECT p.id AS publication_id, p.campaign_id, c.name AS campaign_name, j.id AS job_id, j.title AS job_title, c.segment_ids,
         p.platform, coalesce(p.external_ids->>'adset', p.external_ids->>'adgroup') AS ad_set_id,
         d.spend, d.impressions, d.clicks, d.conversions, d.reach_sum, d.impressions_with_reach, d.reach_days, d.unique_clicks_sum, d.unique_click_days,
         f.applications, f.screenings, f.interviews, f.offers, f.hires
  FROM campaign_publications p
  JOIN campaigns c ON c.id = p.campaign_id JOIN jobs j ON j.id = c.job_id
  LEFT JOIN delivery d ON d.publication_id = p.id LEFT JOIN funnel f ON f.publication_id = p.id
  WHERE d.publication_id IS NOT NULL OR f.publication_id IS NOT NULL`;

/** Report reads: one pass over the range's daily rows and applications, grouped by publication. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every publication with delivery or applications in the range, with its campaign, job and segments. */
  async publicationFigures(range: DateRange): Promise<PublicationFigures[]> {
    const rows: (Numeric & { segment_ids: string[] })[] = await this.db.query(FIGURES_SQL, [range.from, range.to]);
    return rows.map((r) => ({
      publicationId: String(r.publication_id),
      campaignId: String(r.campaign_id),
      campaignName: String(r.campaign_name),
      jobId: String(r.job_id),
      jobTitle: String(r.job_title),
      segmentIds: r.segment_ids,
      platform: String(r.platform),
      adSetId: r.ad_set_id === null ? null : String(r.ad_set_id),
      sums: toSums(r),
    }));
  }

  async segments(ids: readonly string[]): Promise<SegmentInfo[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; name: string; size: number }[] = await this.db.query(`SELECT id, name, size FROM segments WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map((r) => ({ id: r.id, name: r.name, size: Number(r.size) }));
  }
}

function toSums(r: Numeric): ReportSums {
  return {
    ...ZERO_SUMS,
    spendMinor: num(r.spend), impressions: num(r.impressions), clicks: num(r.clicks), conversions: num(r.conversions),
    reachSum: num(r.reach_sum), impressionsWithReach: num(r.impressions_with_reach), reachDays: num(r.reach_days),
    uniqueClicksSum: num(r.unique_clicks_sum), uniqueClickDays: num(r.unique_click_days),
    applications: num(r.applications), screenings: num(r.screenings), interviews: num(r.interviews), offers: num(r.offers), hires: num(r.hires),
  };
}
