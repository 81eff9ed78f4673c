import { ADAPTER_BUILDERS, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { AutomationRulesEvaluator } from '../src/performance/rules/automation-rules.evaluator';
import { MetricsSyncService } from '../src/performance/sync/metrics-sync.service';
import { createTestApp, expectProblem, loginAs, resetState, TestApp } from './harness';
import { createSandboxConnection, fixedDeliveryPlatform, seedLiveCampaign, waitFor } from './performance-fixtures';

const PER_DAY = { impressions: 1000, reach: 800, clicks: 20, spendMinor: 1500, conversions: 0 };

describe('automation rules (integration)', () => {
  let t: TestApp;
  let builders: AdapterBuilders;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_SYNC_WINDOW_DAYS: '3' });
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  const events = (campaignId: string, type: string) =>
    t.dataSource.query(`SELECT message, details FROM campaign_events WHERE campaign_id = $1 AND type = $2`, [campaignId, type]);
  const firings = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM automation_rule_firings`))[0].n as number;

  it('CRUD with validation; built-in rules can only be toggled; viewers cannot change rules', async () => {
    const recruiter = await loginAs(t, 'recruiter');
    const viewer = await loginAs(t, 'viewer');
    // resetState truncates the seeded built-in; put it back like the migration does.
    await t.dataSource.query(`INSERT INTO automation_rules (name, built_in, metric, operator, threshold, window_days, action) VALUES ('Budget cap', 'budget_cap', 'budget_used_share', 'gte', 1, 90, 'pause')`);
    const body = { name: 'Expensive', metric: 'cost_per_applicant', operator: 'gt', threshold: 5000, windowDays: 7, action: 'pause' };
    const created = await recruiter.post('/api/automation-rules', body).expect(201);
    expect(created.body).toMatchObject({ ...body, enabled: true, builtIn: null, firings: 0 });
    expectProblem(await recruiter.post('/api/automation-rules', { ...body, metric: 'vibes' }), 400, 'metric');
    expectProblem(await recruiter.post('/api/automation-rules', { ...body, windowDays: 365 }), 400, 'windowDays');
    expectProblem(await recruiter.post('/api/automation-rules', { ...body, campaignId: '00000000-0000-4000-8000-000000000000' }), 422, 'campaignId');
    expectProblem(await viewer.post('/api/automation-rules', body), 403);
    await recruiter.patch(`/api/automation-rules/${created.body.id}`, { threshold: 7500 }).expect(200).expect((r) => expect(r.body.threshold).toBe(7500));

    const list = await viewer.get('/api/automation-rules').expect(200);
    const builtIn = list.body.find((r: { builtIn: string | null }) => r.builtIn === 'budget_cap');
    expectProblem(await recruiter.patch(`/api/automation-rules/${builtIn.id}`, { threshold: 2 }), 409);
    expectProblem(await recruiter.delete(`/api/automation-rules/${builtIn.id}`), 409);
    await recruiter.patch(`/api/automation-rules/${builtIn.id}`, { enabled: false }).expect(200);
    await recruiter.delete(`/api/automation-rules/${created.body.id}`).expect(204);
  });

  it('a cost-per-applicant rule pauses the campaign exactly once after a sync, with its numbers on the timeline', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    const { campaignId, publicationId, trackingCode } = await seedLiveCampaign(t, connectionId);
    builders.sandbox = () => fixedDeliveryPlatform(PER_DAY);
    await admin.post('/api/applications', { trackingCode, source: 'careers' }).expect(201);
    await admin.post('/api/automation-rules', { name: 'CPA over 30', metric: 'cost_per_applicant', operator: 'gt', threshold: 3000, windowDays: 7, action: 'pause' }).expect(201);

    await t.app.get(MetricsSyncService).syncCampaign(campaignId); // 3 days × 15.00 = 45.00 for 1 applicant
    const [event] = await events(campaignId, 'auto_paused');
    expect(event.message).toContain('CPA over 30');
    expect(event.details).toMatchObject({ metric: 'cost_per_applicant', threshold: 3000, observed: 4500, windowDays: 7 });
    await waitFor(async () => (await t.dataSource.query(`SELECT status FROM campaign_publications WHERE id = $1`, [publicationId]))[0].status === 'paused');

    await t.app.get(MetricsSyncService).syncCampaign(campaignId);
    await t.app.get(AutomationRulesEvaluator).evaluateCampaigns([campaignId]);
    expect(await events(campaignId, 'auto_paused')).toHaveLength(1);
    expect(await firings()).toBe(1);
    const audit = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'automation.pause' AND target_id = $1`, [campaignId]);
    expect(audit).toHaveLength(1);
  });

  it('the built-in budget cap rule pauses when lifetime spend reaches the cap; notify rules only write the timeline', async () => {
    const admin = await loginAs(t, 'admin');
    const connectionId = await createSandboxConnection(admin);
    await t.dataSource.query(`INSERT INTO automation_rules (name, built_in, metric, operator, threshold, window_days, action) VALUES ('Budget cap', 'budget_cap', 'budget_used_share', 'gte', 1, 90, 'pause')`);
    const capped = await seedLiveCampaign(t, connectionId, { totalBudgetMinor: 5000 });
    const roomy = await seedLiveCampaign(t, connectionId, { totalBudgetMinor: 100_000 });
    await admin.post('/api/automation-rules', { name: 'Low CTR', metric: 'ctr', operator: 'lt', threshold: 0.05, windowDays: 3, minImpressions: 1000, action: 'notify', campaignId: roomy.campaignId }).expect(201);
    builders.sandbox = () => fixedDeliveryPlatform({ ...PER_DAY, spendMinor: 2000 }); // 3 days = 60.00 ≥ the 50.00 cap
    await t.app.get(MetricsSyncService).syncConnection(connectionId);

    expect(await events(capped.campaignId, 'auto_paused')).toHaveLength(1);
    expect(await events(roomy.campaignId, 'auto_paused')).toHaveLength(0);
    const [notify] = await events(roomy.campaignId, 'automation.notify');
    expect(notify.details).toMatchObject({ metric: 'ctr', observed: 0.02 });
    const [publication] = await t.dataSource.query(`SELECT status FROM campaign_publications WHERE id = $1`, [roomy.publicationId]);
    expect(publication.status).toBe('active');
  });
});
