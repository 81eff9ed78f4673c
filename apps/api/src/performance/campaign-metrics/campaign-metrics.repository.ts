import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DateRange } from '../calc/periods';

/** The figures a campaign row shows for a range (spend in the reporting currency). */
export interface CampaignRangeTotals {
  impressions: number;
  clicks: number;
  spendMinor: number;
  applications: number;
}

export const RANKED_METRICS = ['spend', 'impressions', 'clicks', 'applications', 'costPerApplicant'] as const;
export type RankedMetric = (typeof RANKED_METRICS)[number];

/** SQL of each sortable figure over the aggregated rows `m` (NULL when it is undefined: no applicants → no cost per applicant). */
const RANK_EXPRESSION: Record<RankedMetric, string> = {
  spend: 'coalesce(m.spend, 0)',
  impressions: 'coalesce(m.impressions, 0)',
  clicks: 'coalesce(m.clicks, 0)',
  applications: 'coalesce(m.applications, 0)',
  costPerApplicant: 'm.spend::numeric / nullif(m.applications, 0)',
};

const RANGE_TOTALS = `SELECT campaign_id, sum(impressions) AS impressions, sum(clicks) AS clicks, sum(spend_reporting_minor) AS spend, sum(applications) AS applications
  FROM metrics_daily_campaign WHERE date BETWEEN $2 AND $3`;

const num = (v: string | number | null | undefined) => Number(v ?? 0);

/** Reads of the per-campaign-per-day rollup (`metrics_daily_campaign`), which the metrics sync and application tracking keep current. */
@Injectable()
export class CampaignMetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of `campaignIds` ordered by a figure over the range; campaigns without delivery count
   * as 0 and an undefined ratio sorts last either way; ties keep the order of `campaignIds`.
   */
  async rank(campaignIds: readonly string[], range: DateRange, metric: RankedMetric, order: 'asc' | 'desc', offset: number, limit: number): Promise<string[]> {
    if (campaignIds.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n)
       LEFT JOIN (${RANGE_TOTALS} GROUP BY campaign_id) m ON m.campaign_id = c.id
       ORDER BY ${RANK_EXPRESSION[metric]} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, c.n
       LIMIT $4 OFFSET $5`,
      [campaignIds, range.from, range.to, limit, offset],
    );
    return rows.map((r) => r.id);
  }

  /** Totals over the range per campaign (campaigns without delivery are absent). */
  async totals(campaignIds: readonly string[], range: DateRange): Promise<Map<string, CampaignRangeTotals>> {
    if (campaignIds.length === 0) return new Map();
    const rows: Record<string, string | number | null>[] = await this.db.query(
      `${RANGE_TOTALS} AND campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
      [campaignIds, range.from, range.to],
    );
    return new Map(rows.map((r) => [String(r.campaign_id), {
      impressions: num(r.impressions), clicks: num(r.clicks), spendMinor: num(r.spend), applications: num(r.applications),
    }]));
  }

  /** Lifetime spend and spend since `recentFrom`, in each campaign's own currency (for budget pacing). */
  async spendForPacing(campaignIds: readonly string[], recentFrom: string): Promise<Map<string, { total: number; recent: number }>> {
    if (campaignIds.length === 0) return new Map();
    const rows: Record<string, string | number | null>[] = await this.db.query(
      `SELECT campaign_id, sum(spend_minor) AS total, sum(spend_minor) FILTER (WHERE date >= $2) AS recent
       FROM metrics_daily_campaign WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
      [campaignIds, recentFrom],
    );
    return new Map(rows.map((r) => [String(r.campaign_id), { total: num(r.total), recent: num(r.recent) }]));
  }
}
