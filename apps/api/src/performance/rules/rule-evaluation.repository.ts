import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricTotals } from '../calc/kpis';
import { RuleMetric, RuleOperator } from '../calc/rules';
import { STAGE_TOTALS } from '../dashboard/dashboard-query';

export interface RuleRow {
  id: string;
  name: string;
  campaign_id: string | null;
  metric: RuleMetric;
  operator: RuleOperator;
  threshold: number;
  window_days: number;
  min_impressions: number;
  action: 'pause' | 'notify';
}

export interface CampaignRow {
  id: string;
  name: string;
  created_by: string | null;
  currency: string;
  total_budget_minor: number | null;
  live: boolean;
  starts_at: Date;
  last_application_at: Date | null;
}

export interface FiringRecord {
  ruleId: string;
  campaignId: string;
  day: string;
  observed: number | null;
  action: 'pause' | 'notify';
}

/** Per campaign (p.campaign_id): applications that reached each stage in [$2, $3]. */
const STAGE_COUNTS = Object.entries(STAGE_TOTALS).map(([name, column]) =>
  `(SELECT count(*) FROM applications a JOIN campaign_publications ap ON ap.id = a.publication_id
     WHERE ap.campaign_id = p.campaign_id AND a.${column} >= $2::date AND a.${column} < $3::date + 1) AS ${name}`).join(',\n');

/** What the automation evaluator reads (rules, campaign state, delivery totals) and the firings it writes. */
@Injectable()
export class RuleEvaluationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Enabled rules that apply to any of these campaigns (global ones included). */
  enabledRulesFor(campaignIds: string[]): Promise<RuleRow[]> {
    return this.db.query(
      `SELECT id, name, campaign_id, metric, operator, threshold, window_days, min_impressions, action FROM automation_rules
       WHERE enabled AND (campaign_id IS NULL OR campaign_id = ANY($1::uuid[]))`,
      [campaignIds],
    );
  }

  /** Currency, budget cap, whether anything is live or on its way (only those can be paused), start and last application. */
  campaignStates(campaignIds: string[]): Promise<CampaignRow[]> {
    return this.db.query(
      `SELECT c.id, c.name, c.created_by, c.currency, c.total_budget_minor, c.starts_at,
              EXISTS (SELECT 1 FROM campaign_publications p WHERE p.campaign_id = c.id AND p.status IN ('active','publishing','queued')) AS live,
              (SELECT max(a.created_at) FROM applications a JOIN campaign_publications ap ON ap.id = a.publication_id WHERE ap.campaign_id = c.id) AS last_application_at
       FROM campaigns c WHERE c.id = ANY($1::uuid[])`,
      [campaignIds],
    );
  }

  async windowTotals(campaignIds: string[], from: string, to: string): Promise<Map<string, MetricTotals>> {
    const rows: Array<{ campaign_id: string } & Record<string, string>> = await this.db.query(
      `SELECT p.campaign_id, sum(m.impressions) AS impressions, sum(m.reach) AS reach, sum(m.clicks) AS clicks,
              sum(m.spend_reporting_minor) AS spend, sum(m.conversions) AS conversions,
              (SELECT count(*) FROM applications a JOIN campaign_publications ap ON ap.id = a.publication_id
                WHERE ap.campaign_id = p.campaign_id AND a.created_at >= $2::date AND a.created_at < $3::date + 1) AS applications,
              ${STAGE_COUNTS}
       FROM campaign_publications p LEFT JOIN publication_metrics_daily m ON m.publication_id = p.id AND m.date BETWEEN $2 AND $3
       WHERE p.campaign_id = ANY($1::uuid[]) GROUP BY p.campaign_id`,
      [campaignIds, from, to],
    );
    return new Map(rows.map((r) => [r.campaign_id, {
      impressions: Number(r.impressions ?? 0), reach: Number(r.reach ?? 0), clicks: Number(r.clicks ?? 0),
      spendMinor: Number(r.spend ?? 0), conversions: Number(r.conversions ?? 0), applications: Number(r.applications ?? 0),
      screenings: Number(r.screenings ?? 0), interviews: Number(r.interviews ?? 0), offers: Number(r.offers ?? 0), hires: Number(r.hires ?? 0),
    }]));
  }

  /** Lifetime spend per campaign and currency (budget caps are in the campaign's currency). */
  async lifetimeSpend(campaignIds: string[]): Promise<Map<string, Array<{ currency: string; minor: number }>>> {
    const rows: Array<{ campaign_id: string; currency: string; minor: string }> = await this.db.query(
      `SELECT p.campaign_id, m.currency, sum(m.spend_minor) AS minor FROM publication_metrics_daily m
       JOIN campaign_publications p ON p.id = m.publication_id WHERE p.campaign_id = ANY($1::uuid[]) GROUP BY p.campaign_id, m.currency`,
      [campaignIds],
    );
    const result = new Map<string, Array<{ currency: string; minor: number }>>();
    for (const r of rows) result.set(r.campaign_id, [...(result.get(r.campaign_id) ?? []), { currency: r.currency.trim(), minor: Number(r.minor) }]);
    return result;
  }

  /** Records a firing; false when this rule already fired for this campaign on this day (unique row). */
  async recordFiring(firing: FiringRecord): Promise<boolean> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO automation_rule_firings (rule_id, campaign_id, fired_on, observed, action) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (rule_id, campaign_id, fired_on) DO NOTHING RETURNING id`,
      [firing.ruleId, firing.campaignId, firing.day, firing.observed, firing.action],
    );
    return inserted.length > 0;
  }
}
