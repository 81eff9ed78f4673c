import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditService } from '../../audit';
import { convertMinor, hasReportingRate } from '../calc/fx';
import { ZERO_TOTALS } from '../calc/kpis';
import { addDays, toDay } from '../calc/periods';
import { daysWithoutApplicants, evaluateCondition, RuleCondition, RuleOperator } from '../calc/rules';
import { AUTOMATION_RULE_FIRED, AutomationRuleFiredEvent } from './automation-events';
import { CAMPAIGN_PAUSER, CampaignPauser } from './campaign-pauser';
import { CampaignRow, RuleEvaluationRepository, RuleRow } from './rule-evaluation.repository';

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
    private readonly repository: RuleEvaluationRepository,
    @Inject(CAMPAIGN_PAUSER) private readonly pauser: CampaignPauser,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async evaluateCampaigns(campaignIds: string[], today: Date = new Date()): Promise<Firing[]> {
    if (campaignIds.length === 0) return [];
    const rules = await this.repository.enabledRulesFor(campaignIds);
    if (rules.length === 0) return [];
    const campaigns = await this.repository.campaignStates(campaignIds);
    const lifetime = await this.repository.lifetimeSpend(campaignIds);
    const firings: Firing[] = [];
    const day = toDay(today);
    for (const windowDays of new Set(rules.map((r) => r.window_days))) {
      const totals = await this.repository.windowTotals(campaignIds, addDays(day, -(windowDays - 1)), day);
      for (const rule of rules.filter((r) => r.window_days === windowDays)) {
        for (const campaign of campaigns) {
          if (rule.campaign_id && rule.campaign_id !== campaign.id) continue;
          if (rule.action === 'pause' && !campaign.live) continue;
          const condition: RuleCondition = { metric: rule.metric, operator: rule.operator, threshold: Number(rule.threshold), minImpressions: rule.min_impressions };
          const outcome = evaluateCondition(condition, {
            totals: totals.get(campaign.id) ?? ZERO_TOTALS,
            totalBudgetMinor: campaign.total_budget_minor === null ? null : Number(campaign.total_budget_minor),
            lifetimeSpendMinor: convertAll(lifetime.get(campaign.id) ?? [], campaign.currency),
            daysWithoutApplicants: daysWithoutApplicants(new Date(campaign.starts_at), campaign.last_application_at && new Date(campaign.last_application_at), today),
          });
          if (!outcome.fired) continue;
          const firing = await this.fire(rule, campaign, outcome.observed, day);
          if (firing) firings.push(firing);
        }
      }
    }
    return firings;
  }

  private async fire(rule: RuleRow, campaign: CampaignRow, observed: number | null, day: string): Promise<Firing | null> {
    const campaignId = campaign.id;
    const firstToday = await this.repository.recordFiring({ ruleId: rule.id, campaignId, day, observed, action: rule.action });
    if (!firstToday) return null; // already fired today
    const details = { ruleId: rule.id, rule: rule.name, metric: rule.metric, operator: rule.operator, threshold: Number(rule.threshold), observed, windowDays: rule.window_days };
    const why = `rule "${rule.name}": ${rule.metric} ${formatObserved(observed)} ${OPERATOR_TEXT[rule.operator]} ${rule.threshold} over ${rule.window_days} days`;
    const message = rule.action === 'pause' ? `Paused automatically by ${why}.` : `Automation alert from ${why}.`;
    if (rule.action === 'pause') await this.pauser.pauseCampaign(campaignId, message, details);
    else await this.pauser.notifyCampaign(campaignId, message, details);
    await this.audit.record({ action: `automation.${rule.action}`, targetType: 'campaign', targetId: campaignId, details });
    this.logger.log({ campaignId, ...details }, 'automation rule fired');
    this.events.emit(AUTOMATION_RULE_FIRED, {
      ruleId: rule.id, ruleName: rule.name, metric: rule.metric, action: rule.action, campaignId, campaignName: campaign.name, ownerUserId: campaign.created_by, message,
    } satisfies AutomationRuleFiredEvent);
    return { ruleId: rule.id, campaignId, observed, action: rule.action };
  }
}

function convertAll(amounts: Array<{ currency: string; minor: number }>, to: string): number {
  return amounts.reduce((sum, a) => sum + (a.currency === to ? a.minor : hasReportingRate(a.currency) && hasReportingRate(to) ? convertMinor(a.minor, a.currency, to) : 0), 0);
}

function formatObserved(value: number | null): string {
  if (value === null) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
