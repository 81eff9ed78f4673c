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

/**
 * Per campaign, its figures over [$2, $3] from the running totals (migration 1796410634480): the value
 * at `to` minus the value at `from − 1`, where a day past the campaign's last is its total and a day
 * before its first is 0. Two lookups per campaign, whatever the range's length. `WHERE` narrows the campaigns.
 */
const RANGE_FIGURES: Array<[string, string]> = [['impressions', 'impressions'], ['clicks', 'clicks'], ['spend_reporting_minor', 'spend'], ['applications', 'applications']];
const rangeTotals = (where = '') => `SELECT t.campaign_id, ${RANGE_FIGURES.map(([column, alias]) =>
  `CASE WHEN $3::date >= t.last_date THEN t.${column} ELSE coalesce(hi.${column}, 0) END
   - CASE WHEN $2::date > t.last_date THEN t.${column} ELSE coalesce(lo.${column}, 0) END AS ${alias}`).join(', ')}
  FROM metrics_campaign_totals t
  LEFT JOIN metrics_campaign_cumulative hi ON hi.campaign_id = t.campaign_id AND hi.date = $3::date
  LEFT JOIN metrics_campaign_cumulative lo ON lo.campaign_id = t.campaign_id AND lo.date = $2::date - 1 ${where}`;

/** The ranking ($1 ids in tie order, comma-separated (10 000 uuids travel 2–3× faster as one text than as uuid[]), $2/$3 the range, $4 limit, $5 offset); exported for the benchmark's EXPLAIN. */
export const rankSql = (metric: RankedMetric, order: 'asc' | 'desc') =>
  `SELECT c.id FROM unnest(string_to_array($1, ',')::uuid[]) WITH ORDINALITY AS c(id, n)
   LEFT JOIN (${rangeTotals()}) m ON m.campaign_id = c.id
   ORDER BY ${RANK_EXPRESSION[metric]} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, c.n
   LIMIT $4 OFFSET $5`;

const num = (v: string | number | null | undefined) => Number(v ?? 0);

/**
 * Reads of the per-campaign running totals kept from the per-campaign-per-day rollup (`metrics_daily_campaign`,
 * which the metrics sync and application tracking keep current; triggers keep the running totals in step).
 */
@Injectable()
export class CampaignMetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of `campaignIds` ordered by a figure over the range; campaigns without delivery count
   * as 0 and an undefined ratio sorts last either way; ties keep the order of `campaignIds`.
   */
  async rank(campaignIds: readonly string[], range: DateRange, metric: RankedMetric, order: 'asc' | 'desc', offset: number, limit: number): Promise<string[]> {
    if (campaignIds.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(rankSql(metric, order), [campaignIds.join(','), range.from, range.to, limit, offset]);
    return rows.map((r) => r.id);
  }

  /** Totals over the range per campaign (campaigns without delivery before the range's end have zeros or are absent). */
  async totals(campaignIds: readonly string[], range: DateRange): Promise<Map<string, CampaignRangeTotals>> {
    if (campaignIds.length === 0) return new Map();
    const rows: Record<string, string | number | null>[] = await this.db.query(
      rangeTotals('WHERE t.campaign_id = ANY($1::uuid[])'),
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
      `SELECT t.campaign_id, t.spend_minor AS total,
              t.spend_minor - CASE WHEN $2::date > t.last_date THEN t.spend_minor ELSE coalesce(lo.spend_minor, 0) END AS recent
       FROM metrics_campaign_totals t
       LEFT JOIN metrics_campaign_cumulative lo ON lo.campaign_id = t.campaign_id AND lo.date = $2::date - 1
       WHERE t.campaign_id = ANY($1::uuid[])`,
      [campaignIds, recentFrom],
    );
    return new Map(rows.map((r) => [String(r.campaign_id), { total: num(r.total), recent: num(r.recent) }]));
  }
}
