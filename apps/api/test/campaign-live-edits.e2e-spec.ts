import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { ADAPTER_BUILDERS, AdapterBuilder, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { PlatformError } from '../src/ads-platforms/platform-error';
import type { Principal } from '../src/auth/principal';
import { CAMPAIGNS_QUEUE, publicationJobId } from '../src/campaigns/campaigns.queue';
import { CampaignsRepository } from '../src/campaigns/campaigns.repository';
import { LiveCampaignEdits } from '../src/campaigns/live-campaign-edits';
import { PublicationReconciler } from '../src/campaigns/publishing/publication-reconciler';
import { PublicationUpdater } from '../src/campaigns/publishing/publication-updater';
import { ProblemException } from '../src/common/problem';
import { appConfig } from '../src/config/app-config';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { waitFor } from './fixtures/wait-for';
import { clearTables, createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(120_000);

/** https tracking links (the sandbox applies the https rule) and quick retries (as in campaign-publishing). */
const ENV = { PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400', PUBLISH_MAX_ATTEMPTS: '4' };

describe('campaigns: editing a published campaign through the update queue (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let builders: AdapterBuilders;
  let realSandbox: AdapterBuilder;
  let sandboxId: string;
  let jobId: string;
  let segmentIds: string[];

  beforeAll(async () => {
    t = await createTestApp(ENV);
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    realSandbox = builders.sandbox;
  });
  beforeEach(async () => {
    builders.sandbox = realSandbox;
    await clearTables(t.dataSource, ['campaigns', 'jobs', 'sandbox_objects']);
    jobId = await insertOpenJob(t.dataSource);
    segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 5000 })]);
  });
  afterAll(() => t.close());

  const row = async (campaignId: string) => (await t.dataSource.query(`SELECT * FROM campaign_publications WHERE campaign_id = $1`, [campaignId]))[0];
  const sandboxPayloads = async (key: string) => Object.fromEntries(
    ((await t.dataSource.query(`SELECT type, payload FROM sandbox_objects WHERE publication_key = $1`, [key])) as { type: string; payload: Record<string, unknown> }[])
      .map((o) => [o.type, o.payload]),
  );
  const events = async (campaignId: string) =>
    (await recruiter.get(`/api/campaigns/${campaignId}/events?limit=200`).expect(200)).body.items as { type: string; message: string; level: string }[];
  const live = async () => {
    const c = (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId])).expect(201)).body;
    await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
    await waitFor('publication active', async () => (await row(c.id)).status === 'active');
    return c;
  };
  const applied = (campaignId: string, generation: number) =>
    waitFor(`update ${generation} applied`, async () => {
      const r = await row(campaignId);
      return r.applied_update_generation >= generation ? r : undefined;
    });

  it('sends a new budget, end date and ad text to the sandbox through an update job, with timeline events', async () => {
    const c = await live();
    const endsAt = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const creative = { headline: 'Nurses wanted now', primaryText: 'New text', description: 'Apply today', callToAction: 'APPLY_NOW' };
    const res = await recruiter.patch(`/api/campaigns/${c.id}`, { dailyBudgetMinor: 9900, endsAt, creative }).expect(200);
    expect(res.body).toMatchObject({ status: 'active', dailyBudgetMinor: 9900, endsAt, creative: { headline: 'Nurses wanted now' } });

    const r = await applied(c.id, 1);
    expect(r.pending_changes).toEqual([]);
    const objects = await sandboxPayloads(r.idempotency_key);
    expect(objects.adset.dailyBudgetMinor).toBe(9900);
    expect(objects.campaign.endsAt).toBe(endsAt);
    expect(objects.ad.creative).toMatchObject({ headline: 'Nurses wanted now', primaryText: 'New text' });
    const timeline = await events(c.id);
    expect(timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['updated', 'update_requested', 'publication_updated']));
    expect(timeline.find((e) => e.type === 'publication_updated')!.message).toBe('Sandbox: daily budget, end date, ad text updated on the platform.');

    // Idempotent: running the job again for an applied generation does nothing.
    await t.app.get(PublicationUpdater).apply({ publicationId: r.id, generation: 1 }, false);
    expect((await events(c.id)).filter((e) => e.type === 'publication_updated')).toHaveLength(1);

    // An edit that changes nothing on the platform (the total cap) queues no update.
    await recruiter.patch(`/api/campaigns/${c.id}`, { totalBudgetMinor: 500_000 }).expect(200);
    expect((await row(c.id)).update_generation).toBe(1);
  });

  it('refuses what cannot change once published (409 naming the field), removing the end, and edits while publishing', async () => {
    const c = await live();
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { name: 'Renamed' }), 409, 'name');
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { segmentIds }), 409, 'segmentIds');
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { endsAt: null }), 422, 'endsAt');
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { endsAt: '2020-01-01T00:00:00.000Z' }), 422, 'endsAt');
    await t.dataSource.query(`UPDATE campaign_publications SET status = 'publishing' WHERE campaign_id = $1`, [c.id]);
    expectProblem(await recruiter.patch(`/api/campaigns/${c.id}`, { dailyBudgetMinor: 5000 }), 409);
    expect((await row(c.id)).update_generation).toBe(0);
  });

  it('never loses the edit: a platform outage keeps it owed, the reconciler sends it once the platform is back', async () => {
    const c = await live();
    let failing = true;
    builders.sandbox = (input) => {
      const inner = realSandbox(input);
      return Object.assign(Object.create(Object.getPrototypeOf(inner)), inner, {
        update: (...args: Parameters<typeof inner.update>) => (failing ? Promise.reject(new PlatformError('transient', 'sandbox is down')) : inner.update(...args)),
      });
    };
    await recruiter.patch(`/api/campaigns/${c.id}`, { dailyBudgetMinor: 7700 }).expect(200);
    await waitFor('retry recorded', async () => (await events(c.id)).some((e) => e.type === 'retry_scheduled'));
    // Let every attempt fail, then bring the platform back: the row still owes the edit.
    const queue = t.app.get<Queue>(getQueueToken(CAMPAIGNS_QUEUE));
    const jobId = publicationJobId('update', { publicationId: (await row(c.id)).id, generation: 1 });
    await waitFor('attempts exhausted', async () => (await (await queue.getJob(jobId))?.getState()) === 'failed');
    const owed = await row(c.id);
    expect(owed).toMatchObject({ update_generation: 1, applied_update_generation: 0, pending_changes: ['budget'] });
    expect((await sandboxPayloads(owed.idempotency_key)).adset.dailyBudgetMinor).toBe(2500);
    failing = false;
    const report = await t.app.get(PublicationReconciler).run({ graceMs: 0 });
    expect(report.updateEnqueued).toBe(1);
    const r = await applied(c.id, 1);
    expect((await sandboxPayloads(r.idempotency_key)).adset.dailyBudgetMinor).toBe(7700);
  });

  it('a status change committed after the edit was read makes the edit a 409 instead of overwriting it', async () => {
    const c = await live();
    const repository = t.app.get(CampaignsRepository);
    const stale = { campaign: (await repository.findCampaign(c.id))!, publications: await repository.publicationsOf(c.id) };
    await recruiter.post(`/api/campaigns/${c.id}/pause`).expect(202);
    const principal = { kind: 'session', id: null, label: 'test', role: 'recruiter' } as unknown as Principal;
    const error = await t.app.get(LiveCampaignEdits).update(stale.campaign, stale.publications, { dailyBudgetMinor: 3000 }, principal, '127.0.0.1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(409);
    expect(JSON.stringify((error as ProblemException).getResponse())).toMatch(/changed while it was being edited/);
    expect(await row(c.id)).toMatchObject({ update_generation: 0 });
    expect((await recruiter.get(`/api/campaigns/${c.id}`).expect(200)).body.dailyBudgetMinor).toBe(2500);
  });
});
