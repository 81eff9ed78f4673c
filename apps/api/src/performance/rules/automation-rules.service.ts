import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { Principal } from '../../auth';
import { fieldProblem, ProblemException } from '../../common/problem';
import { AutomationRuleDto, CreateAutomationRuleDto, UpdateAutomationRuleDto } from '../dto/automation-rule.dto';
import { AutomationRuleRow, AutomationRulesRepository } from './automation-rules.repository';

@Injectable()
export class AutomationRulesService {
  constructor(private readonly rules: AutomationRulesRepository, private readonly audit: AuditService) {}

  async list(): Promise<AutomationRuleDto[]> {
    return (await this.rules.list()).map(toDto);
  }

  async get(id: string): Promise<AutomationRuleDto> {
    const row = await this.rules.find(id);
    if (!row) throw new ProblemException(404, `Automation rule ${id} does not exist.`);
    return toDto(row);
  }

  async create(dto: CreateAutomationRuleDto, principal: Principal, ip: string): Promise<AutomationRuleDto> {
    await this.assertCampaign(dto.campaignId);
    const id = await this.rules.insert(dto, principal.kind === 'session' ? principal.id : null);
    await this.audit.record({ action: 'automation_rule.created', principal, ip, targetType: 'automation_rule', targetId: id, details: { ...dto } });
    return this.get(id);
  }

  async update(id: string, dto: UpdateAutomationRuleDto, principal: Principal, ip: string): Promise<AutomationRuleDto> {
    const rule = await this.get(id);
    if (rule.builtIn && Object.keys(dto).some((k) => k !== 'enabled')) {
      throw new ProblemException(409, 'Built-in rules can only be enabled or disabled.');
    }
    await this.assertCampaign(dto.campaignId);
    if (Object.values(dto).some((v) => v !== undefined)) {
      await this.rules.update(id, dto);
      await this.audit.record({ action: 'automation_rule.updated', principal, ip, targetType: 'automation_rule', targetId: id, details: { ...dto } });
    }
    return this.get(id);
  }

  async remove(id: string, principal: Principal, ip: string): Promise<void> {
    const rule = await this.get(id);
    if (rule.builtIn) throw new ProblemException(409, 'Built-in rules cannot be deleted; disable them instead.');
    await this.rules.delete(id);
    await this.audit.record({ action: 'automation_rule.deleted', principal, ip, targetType: 'automation_rule', targetId: id, details: { name: rule.name } });
  }

  private async assertCampaign(campaignId: string | undefined): Promise<void> {
    if (!campaignId) return;
    if (!(await this.rules.campaignExists(campaignId))) throw fieldProblem(422, 'campaignId', 'does not exist');
  }
}

function toDto(r: AutomationRuleRow): AutomationRuleDto {
  return {
    id: r.id as string, name: r.name as string, enabled: r.enabled as boolean, builtIn: (r.built_in as string) ?? null, campaignId: (r.campaign_id as string) ?? null,
    metric: r.metric as AutomationRuleDto['metric'], operator: r.operator as AutomationRuleDto['operator'], threshold: Number(r.threshold),
    windowDays: Number(r.window_days), minImpressions: Number(r.min_impressions), action: r.action as AutomationRuleDto['action'],
    lastFiredAt: r.last_fired_at ? (r.last_fired_at as Date).toISOString() : null, firings: Number(r.firings),
  };
}
