import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { convertMinor, hasReportingRate } from '../calc/fx';
import { MetricTotals, ZERO_TOTALS } from '../calc/kpis';
import { addDays, toDay } from '../calc/periods';
import { evaluateCondition, RuleCondition, RuleMetric, RuleOperator } from '../calc/rules';
import { CAMPAIGN_PAUSER, CampaignPauser } from './campaign-pauser';

interface RuleRow {
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

interface CampaignRow {
  id: string;
  currency: string;
  total_budget_minor: number | null;
  live: boolean;
}

export interface Firing {
  ruleId: string;
  campaignId: string;
  observed: number | null;
  action: 'pause' | 'notify';
}

const OPERATOR_TEXT: Record<RuleOperator, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

/**
 * Runs after each sync: evaluates every enabled rule on the synced campaigns and applies its
 * action at most once per rule, campaign and day (unique firing row), recording the numbers that
 * triggered it in the campaign timeline and the audit log.
 */
@Injectable()
export class AutomationRulesEvaluator {
  private readonly logger = new Logger(AutomationRulesEvaluator.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CAMPAIGN_PAUSER) private readonly pauser: CampaignPauser,
    private readonly audit: AuditService,
  ) {}

  async evaluateCampaigns(campaignIds: string[], today: Date = new Date()): Promise<Firing[]> {
    if (campaignIds.length === 0) return [];
    const rules: RuleRow[] = await this.db.query(
      `SELECT id, name, campaign_id, metric, operator, threshold, window_days, min_impressions, action FROM automation_rules
       WHERE enabled AND (campaign_id IS NULL OR campaign_id = ANY($1::uuid[]))`,
      [campaignIds],
    );
    if (rules.length === 0) return [];
    const campaigns: CampaignRow[] = await this.db.query(
      `SELECT c.id, c.currency, c.total_budget_minor,
              EXISTS (SELECT 1 FROM campaign_publications p WHERE p.campaign_id = c.id AND p.status IN ('active','publishing','queued')) AS live
       FROM campaigns c WHERE c.id = ANY($1::uuid[])`,
      [campaignIds],
    );
    const lifetime = await this.lifetimeSpend(campaignIds);
    const firings: Firing[] = [];
    const day = toDay(today);
    for (const windowDays of new Set(rules.map((r) => r.window_days))) {
      const totals = await this.windowTotals(campaignIds, addDays(day, -(windowDays - 1)), day);
      for (const rule of rules.filter((r) => r.window_days === windowDays)) {
        for (const campaign of campaigns) {
          if (rule.campaign_id && rule.campaign_id !== campaign.id) continue;
          if (rule.action === 'pause' && !campaign.live) continue;
          const condition: RuleCondition = { metric: rule.metric, operator: rule.operator, threshold: Number(rule.threshold), minImpressions: rule.min_impressions };
          const outcome = evaluateCondition(condition, {
            totals: totals.get(campaign.id) ?? ZERO_TOTALS,
            totalBudgetMinor: campaign.total_budget_minor === null ? null : Number(campaign.total_budget_minor),
            lifetimeSpendMinor: convertAll(lifetime.get(campaign.id) ?? [], campaign.currency),
          });
          if (!outcome.fired) continue;
          const firing = await this.fire(rule, campaign.id, outcome.observed, day);
          if (firing) firings.push(firing);
        }
      }
    }
    return firings;
  }

  private async fire(rule: RuleRow, campaignId: string, observed: number | null, day: string): Promise<Firing | null> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO automation_rule_firings (rule_id, campaign_id, fired_on, observed, action) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (rule_id, campaign_id, fired_on) DO NOTHING RETURNING id`,
      [rule.id, campaignId, day, observed, rule.action],
    );
    if (inserted.length === 0) return null; // already fired today
    const details = { ruleId: rule.id, rule: rule.name, metric: rule.metric, operator: rule.operator, threshold: Number(rule.threshold), observed, windowDays: rule.window_days };
    const why = `rule "${rule.name}": ${rule.metric} ${formatObserved(observed)} ${OPERATOR_TEXT[rule.operator]} ${rule.threshold} over ${rule.window_days} days`;
    if (rule.action === 'pause') {
      await this.pauser.pauseCampaign(campaignId, `Paused automatically by ${why}.`, details);
    } else {
      await this.db.query(
        `INSERT INTO campaign_events (campaign_id, type, level, message, details, actor_label) VALUES ($1, 'automation.notify', 'warn', $2, $3, 'automation')`,
        [campaignId, `Automation alert from ${why}.`, details],
      );
    }
    await this.audit.record({ action: `automation.${rule.action}`, targetType: 'campaign', targetId: campaignId, details });
    this.logger.log({ campaignId, ...details }, 'automation rule fired');
    return { ruleId: rule.id, campaignId, observed, action: rule.action };
  }

  private async windowTotals(campaignIds: string[], from: string, to: string): Promise<Map<string, MetricTotals>> {
    const rows: Array<{ campaign_id: string } & Record<string, string>> = await this.db.query(
      `SELECT p.campaign_id, sum(m.impressions) AS impressions, sum(m.reach) AS reach, sum(m.clicks) AS clicks,
              sum(m.spend_reporting_minor) AS spend, sum(m.conversions) AS conversions,
              (SELECT count(*) FROM applications a JOIN campaign_publications ap ON ap.id = a.publication_id
                WHERE ap.campaign_id = p.campaign_id AND a.created_at >= $2::date AND a.created_at < $3::date + 1) AS applications
       FROM campaign_publications p LEFT JOIN publication_metrics_daily m ON m.publication_id = p.id AND m.date BETWEEN $2 AND $3
       WHERE p.campaign_id = ANY($1::uuid[]) GROUP BY p.campaign_id`,
      [campaignIds, from, to],
    );
    return new Map(rows.map((r) => [r.campaign_id, {
      impressions: Number(r.impressions ?? 0), reach: Number(r.reach ?? 0), clicks: Number(r.clicks ?? 0),
      spendMinor: Number(r.spend ?? 0), conversions: Number(r.conversions ?? 0), applications: Number(r.applications ?? 0),
    }]));
  }

  /** Lifetime spend per campaign and currency (budget caps are in the campaign's currency). */
  private async lifetimeSpend(campaignIds: string[]): Promise<Map<string, Array<{ currency: string; minor: number }>>> {
    const rows: Array<{ campaign_id: string; currency: string; minor: string }> = await this.db.query(
      `SELECT p.campaign_id, m.currency, sum(m.spend_minor) AS minor FROM publication_metrics_daily m
       JOIN campaign_publications p ON p.id = m.publication_id WHERE p.campaign_id = ANY($1::uuid[]) GROUP BY p.campaign_id, m.currency`,
      [campaignIds],
    );
    const result = new Map<string, Array<{ currency: string; minor: number }>>();
    for (const r of rows) result.set(r.campaign_id, [...(result.get(r.campaign_id) ?? []), { currency: r.currency.trim(), minor: Number(r.minor) }]);
    return result;
  }
}

function convertAll(amounts: Array<{ currency: string; minor: number }>, to: string): number {
  return amounts.reduce((sum, a) => sum + (a.currency === to ? a.minor : hasReportingRate(a.currency) && hasReportingRate(to) ? convertMinor(a.minor, a.currency, to) : 0), 0);
}

function formatObserved(value: number | null): string {
  if (value === null) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
