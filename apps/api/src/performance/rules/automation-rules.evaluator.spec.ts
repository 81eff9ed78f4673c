import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuditService } from '../../audit';
import { ZERO_TOTALS } from '../calc/kpis';
import { AutomationRulesEvaluator } from './automation-rules.evaluator';
import type { CampaignPauser } from './campaign-pauser';
import type { CampaignRow, FiringRecord, RuleEvaluationRepository, RuleRow } from './rule-evaluation.repository';

const rule = (over: Partial<RuleRow> = {}): RuleRow => ({
  id: 'r1', name: 'Overspend', campaign_id: null, metric: 'spend', operator: 'gt', threshold: 10_000, window_days: 7, min_impressions: 0, action: 'pause', ...over,
});
const campaign = (over: Partial<CampaignRow> = {}): CampaignRow => ({
  id: 'c1', name: 'Nurses', created_by: 'u1', currency: 'USD', total_budget_minor: null, live: true, starts_at: new Date('2026-11-20T00:00:00Z'), last_application_at: null, ...over,
});

/** The evaluator with a fake repository (firings remembered per rule, campaign and day) and a fake campaigns port. */
function setup(rules: RuleRow[], campaigns: CampaignRow[], spendByCampaign: Record<string, number>, hiresByCampaign: Record<string, number> = {}) {
  const fired = new Set<string>();
  const repository = {
    enabledRulesFor: jest.fn(async () => rules),
    campaignStates: jest.fn(async () => campaigns),
    lifetimeSpend: jest.fn(async () => new Map()),
    windowTotals: jest.fn(async () => new Map(Object.entries(spendByCampaign).map(([id, spendMinor]) => [id, { ...ZERO_TOTALS, impressions: 5000, spendMinor, hires: hiresByCampaign[id] ?? 0 }]))),
    recordFiring: jest.fn(async (f: FiringRecord) => {
      const key = `${f.ruleId}:${f.campaignId}:${f.day}`;
      if (fired.has(key)) return false;
      fired.add(key);
      return true;
    }),
  };
  const pauser = { pauseCampaign: jest.fn(async () => 1), notifyCampaign: jest.fn(async () => undefined) };
  const audit = { record: jest.fn(async () => undefined) };
  const events = { emit: jest.fn() };
  const evaluator = new AutomationRulesEvaluator(repository as unknown as RuleEvaluationRepository, pauser as CampaignPauser, audit as unknown as AuditService, events as unknown as EventEmitter2);
  return { evaluator, repository, pauser, audit, events };
}

const TODAY = new Date('2026-12-04T12:00:00Z');

describe('AutomationRulesEvaluator (fake repository and campaigns port)', () => {
  it('pauses a live campaign over the threshold through the campaigns port, once per day', async () => {
    const f = setup([rule()], [campaign()], { c1: 12_000 });
    expect(await f.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([{ ruleId: 'r1', campaignId: 'c1', observed: 12_000, action: 'pause' }]);
    expect(f.repository.windowTotals).toHaveBeenCalledWith(['c1'], '2026-11-28', '2026-12-04');
    expect(f.pauser.pauseCampaign).toHaveBeenCalledWith('c1', expect.stringMatching(/^Paused automatically by rule "Overspend": spend 12000 > 10000 over 7 days\.$/), expect.objectContaining({ ruleId: 'r1', observed: 12_000 }));
    expect(f.audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'automation.pause', targetId: 'c1' }));
    // Second evaluation the same day: the firing row exists, nothing happens again.
    expect(await f.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([]);
    expect(f.pauser.pauseCampaign).toHaveBeenCalledTimes(1);
    // One automation.rule_fired event (for the notification centre), with the campaign's owner.
    expect(f.events.emit).toHaveBeenCalledTimes(1);
    expect(f.events.emit).toHaveBeenCalledWith('automation.rule_fired', expect.objectContaining({
      ruleId: 'r1', metric: 'spend', action: 'pause', campaignId: 'c1', campaignName: 'Nurses', ownerUserId: 'u1', message: expect.stringMatching(/^Paused automatically/),
    }));
  });

  it('a notify rule alerts on the campaign timeline through the port, never by writing campaign_events itself', async () => {
    const f = setup([rule({ action: 'notify' })], [campaign({ live: false })], { c1: 20_000 });
    await f.evaluator.evaluateCampaigns(['c1'], TODAY);
    expect(f.pauser.notifyCampaign).toHaveBeenCalledWith('c1', expect.stringMatching(/^Automation alert from rule "Overspend"/), expect.objectContaining({ ruleId: 'r1' }));
    expect(f.pauser.pauseCampaign).not.toHaveBeenCalled();
  });

  it('does nothing under the threshold, for a pause rule on a campaign with nothing live, or for another campaign\'s rule', async () => {
    const under = setup([rule()], [campaign()], { c1: 9_000 });
    expect(await under.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([]);
    const notLive = setup([rule()], [campaign({ live: false })], { c1: 50_000 });
    expect(await notLive.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([]);
    const other = setup([rule({ campaign_id: 'c2' })], [campaign()], { c1: 50_000 });
    expect(await other.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([]);
    for (const f of [under, notLive, other]) expect(f.repository.recordFiring).not.toHaveBeenCalled();
  });

  it('cost per hire above X: notifies for the campaign whose hires cost too much, not for the cheap one', async () => {
    const f = setup(
      [rule({ name: 'Expensive hires', metric: 'cost_per_hire', threshold: 2000_00, window_days: 30, action: 'notify' })],
      [campaign(), campaign({ id: 'c2' })],
      { c1: 9000_00, c2: 3000_00 },
      { c1: 3, c2: 2 },
    );
    expect(await f.evaluator.evaluateCampaigns(['c1', 'c2'], TODAY)).toEqual([{ ruleId: 'r1', campaignId: 'c1', observed: 3000_00, action: 'notify' }]);
    expect(f.pauser.notifyCampaign).toHaveBeenCalledWith('c1', expect.stringContaining('cost_per_hire 300000 > 200000 over 30 days'), expect.objectContaining({ metric: 'cost_per_hire' }));
  });

  it('no applicants after N days: pauses a campaign live for 14 days without one, spares one with a recent application', async () => {
    const f = setup(
      [rule({ name: 'Dead ad', metric: 'days_without_applicants', operator: 'gte', threshold: 10, window_days: 1 })],
      [campaign(), campaign({ id: 'c2', last_application_at: new Date('2026-12-02T09:00:00Z') }), campaign({ id: 'c3', starts_at: new Date('2026-12-10T00:00:00Z') })],
      { c1: 500, c2: 500, c3: 0 },
    );
    expect(await f.evaluator.evaluateCampaigns(['c1', 'c2', 'c3'], TODAY)).toEqual([{ ruleId: 'r1', campaignId: 'c1', observed: 14, action: 'pause' }]);
    expect(f.pauser.pauseCampaign).toHaveBeenCalledWith('c1', expect.stringContaining('days_without_applicants 14 ≥ 10'), expect.anything());
  });

  it('asks nothing of the database without campaigns, and stops after the rules query when no rule applies', async () => {
    const none = setup([], [campaign()], {});
    expect(await none.evaluator.evaluateCampaigns([], TODAY)).toEqual([]);
    expect(none.repository.enabledRulesFor).not.toHaveBeenCalled();
    expect(await none.evaluator.evaluateCampaigns(['c1'], TODAY)).toEqual([]);
    expect(none.repository.campaignStates).not.toHaveBeenCalled();
  });
});
