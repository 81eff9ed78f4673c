import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../auth/principal';
import { fieldProblem, ProblemException } from '../../common/problem';
import { AutomationRuleDto, CreateAutomationRuleDto, UpdateAutomationRuleDto } from '../dto/automation-rule.dto';

const SELECT = `SELECT r.*, (SELECT max(at) FROM automation_rule_firings f WHERE f.rule_id = r.id) AS last_fired_at,
  (SELECT count(*) FROM automation_rule_firings f WHERE f.rule_id = r.id)::int AS firings FROM automation_rules r`;

const COLUMNS: Record<keyof CreateAutomationRuleDto, string> = {
  name: 'name', enabled: 'enabled', campaignId: 'campaign_id', metric: 'metric', operator: 'operator',
  threshold: 'threshold', windowDays: 'window_days', minImpressions: 'min_impressions', action: 'action',
};

@Injectable()
export class AutomationRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  async list(): Promise<AutomationRuleDto[]> {
    return (await this.db.query(`${SELECT} ORDER BY r.built_in NULLS LAST, r.created_at`)).map(toDto);
  }

  async get(id: string): Promise<AutomationRuleDto> {
    const [row] = await this.db.query(`${SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw new ProblemException(404, `Automation rule ${id} does not exist.`);
    return toDto(row);
  }

  async create(dto: CreateAutomationRuleDto, principal: Principal, ip: string): Promise<AutomationRuleDto> {
    await this.assertCampaign(dto.campaignId);
    const [{ id }] = await this.db.query(
      `INSERT INTO automation_rules (name, enabled, campaign_id, metric, operator, threshold, window_days, min_impressions, action, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [dto.name, dto.enabled ?? true, dto.campaignId ?? null, dto.metric, dto.operator, dto.threshold, dto.windowDays, dto.minImpressions ?? 0, dto.action, principal.kind === 'session' ? principal.id : null],
    );
    await this.audit.record({ action: 'automation_rule.created', principal, ip, targetType: 'automation_rule', targetId: id, details: { ...dto } });
    return this.get(id);
  }

  async update(id: string, dto: UpdateAutomationRuleDto, principal: Principal, ip: string): Promise<AutomationRuleDto> {
    const rule = await this.get(id);
    if (rule.builtIn && Object.keys(dto).some((k) => k !== 'enabled')) {
      throw new ProblemException(409, 'Built-in rules can only be enabled or disabled.');
    }
    await this.assertCampaign(dto.campaignId);
    const entries = Object.entries(dto).filter(([, v]) => v !== undefined) as [keyof CreateAutomationRuleDto, unknown][];
    if (entries.length) {
      const sets = entries.map(([k], i) => `${COLUMNS[k]} = $${i + 2}`).join(', ');
      await this.db.query(`UPDATE automation_rules SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
      await this.audit.record({ action: 'automation_rule.updated', principal, ip, targetType: 'automation_rule', targetId: id, details: { ...dto } });
    }
    return this.get(id);
  }

  async remove(id: string, principal: Principal, ip: string): Promise<void> {
    const rule = await this.get(id);
    if (rule.builtIn) throw new ProblemException(409, 'Built-in rules cannot be deleted; disable them instead.');
    await this.db.query(`DELETE FROM automation_rules WHERE id = $1`, [id]);
    await this.audit.record({ action: 'automation_rule.deleted', principal, ip, targetType: 'automation_rule', targetId: id, details: { name: rule.name } });
  }

  private async assertCampaign(campaignId: string | undefined): Promise<void> {
    if (!campaignId) return;
    const [row] = await this.db.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    if (!row) throw fieldProblem(422, 'campaignId', 'does not exist');
  }
}

function toDto(r: Record<string, unknown>): AutomationRuleDto {
  return {
    id: r.id as string, name: r.name as string, enabled: r.enabled as boolean, builtIn: (r.built_in as string) ?? null, campaignId: (r.campaign_id as string) ?? null,
    metric: r.metric as AutomationRuleDto['metric'], operator: r.operator as AutomationRuleDto['operator'], threshold: Number(r.threshold),
    windowDays: Number(r.window_days), minImpressions: Number(r.min_impressions), action: r.action as AutomationRuleDto['action'],
    lastFiredAt: r.last_fired_at ? (r.last_fired_at as Date).toISOString() : null, firings: Number(r.firings),
  };
}
