import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CreateAutomationRuleDto } from '../dto/automation-rule.dto';
import { IdName, namesByIds } from '../../database/names-by-ids';

/** A rule row with its firing statistics, as the API lists it (snake_case columns). */
export type AutomationRuleRow = Record<string, unknown>;

const SELECT = `SELECT r.*, (SELECT max(at) FROM automation_rule_firings f WHERE f.rule_id = r.id) AS last_fired_at,
  (SELECT count(*) FROM automation_rule_firings f WHERE f.rule_id = r.id)::int AS firings FROM automation_rules r`;

const COLUMNS: Record<keyof CreateAutomationRuleDto, string> = {
  name: 'name', enabled: 'enabled', campaignId: 'campaign_id', metric: 'metric', operator: 'operator',
  threshold: 'threshold', windowDays: 'window_days', minImpressions: 'min_impressions', action: 'action',
};

/** The automation_rules table: the rules recruiters manage (firings: RuleEvaluationRepository). */
@Injectable()
export class AutomationRulesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Display names by id, one query (audit log targets). */
  names(ids: string[]): Promise<IdName[]> {
    return namesByIds(this.db, 'automation_rules', 'name', ids);
  }

  list(): Promise<AutomationRuleRow[]> {
    return this.db.query(`${SELECT} ORDER BY r.built_in NULLS LAST, r.created_at`);
  }

  async find(id: string): Promise<AutomationRuleRow | null> {
    const [row] = await this.db.query(`${SELECT} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  async insert(dto: CreateAutomationRuleDto, createdBy: string | null): Promise<string> {
    const [{ id }] = await this.db.query(
      `INSERT INTO automation_rules (name, enabled, campaign_id, metric, operator, threshold, window_days, min_impressions, action, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [dto.name, dto.enabled ?? true, dto.campaignId ?? null, dto.metric, dto.operator, dto.threshold, dto.windowDays, dto.minImpressions ?? 0, dto.action, createdBy],
    );
    return id;
  }

  /** Sets the given fields (only whitelisted columns: the keys of the create DTO). */
  async update(id: string, fields: Partial<CreateAutomationRuleDto>): Promise<void> {
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as [keyof CreateAutomationRuleDto, unknown][];
    if (entries.length === 0) return;
    const sets = entries.map(([k], i) => `${COLUMNS[k]} = $${i + 2}`).join(', ');
    await this.db.query(`UPDATE automation_rules SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM automation_rules WHERE id = $1`, [id]);
  }

  async campaignExists(campaignId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM campaigns WHERE id = $1`, [campaignId]);
    return Boolean(row);
  }
}
