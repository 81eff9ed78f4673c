import { getQueueToken } from '@nestjs/bull';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Queue } from 'bull';
import type { AdsPlatform, ExternalIds, PublishSpec } from '../src/ads-platforms/ads-platform.port';
import { ADAPTER_BUILDERS, AdapterBuilder, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { PlatformError } from '../src/ads-platforms/platform-error';
import { FaultyPlatform } from '../src/ads-platforms/sandbox/faulty-platform';
import { PUBLICATION_STATUS_CHANGED, type PublicationStatusChangedEvent } from '../src/campaigns/publishing/publication-events';
import { PublicationPublisher } from '../src/campaigns/publishing/publication-publisher';
import { PublicationReconciler } from '../src/campaigns/publishing/publication-reconciler';
import { CAMPAIGNS_QUEUE, publicationJobId } from '../src/campaigns/campaigns.queue';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { appConfig } from '../src/config/app-config';
import { clearTables, createTestApp, expectProblem, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(120_000);

/** Test env: https tracking links (the sandbox applies the https rule) and quick retries. */
export const PUBLISHING_ENV = {
  PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400', PUBLISH_MAX_ATTEMPTS: '8',
};

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Wraps an adapter: counts calls per step that reached the platform, and can inject one failure. */
class ScriptedPlatform implements AdsPlatform {
  readonly kind: AdsPlatform['kind'];
  readonly steps: readonly string[];
  readonly platformCalls: Record<string, number> = {};
  readonly callTimes: Record<string, number[]> = {};
  constructor(
    private readonly inner: AdsPlatform,
    private readonly script: (step: string, call: number) => 'crash-before' | 'crash-after' | Error | undefined,
    private readonly before?: (step: string) => Promise<void> | undefined,
  ) {
    this.kind = inner.kind;
    this.steps = inner.steps;
  }
  private calls: Record<string, number> = {};
  verify() { return this.inner.verify(); }
  async runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    await this.before?.(step);
    const call = (this.calls[step] = (this.calls[step] ?? 0) + 1);
    (this.callTimes[step] ??= []).push(Date.now());
    const action = this.script(step, call);
    if (action instanceof Error) throw action;
    if (action === 'crash-before') throw new Error(`simulated worker crash before ${step}`);
    this.platformCalls[step] = (this.platformCalls[step] ?? 0) + 1;
    const id = await this.inner.runStep(step, spec, ids);
    if (action === 'crash-after') throw new Error(`simulated worker crash after the platform created ${step}`);
    return id;
  }
  setStatus(ids: ExternalIds, status: Parameters<AdsPlatform['setStatus']>[1]) { return this.inner.setStatus(ids, status); }
  update(...args: Parameters<AdsPlatform['update']>) { return this.inner.update(...args); }
  fetchInsights(ids: ExternalIds, from: string, to: string) { return this.inner.fetchInsights(ids, from, to); }
}

describe('campaigns: publishing through the queue to the sandbox (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let builders: AdapterBuilders;
  let realSandbox: AdapterBuilder;
  let sandboxId: string;
  let jobId: string;
  let segmentIds: string[];

  const announced: PublicationStatusChangedEvent[] = [];

  beforeAll(async () => {
    t = await createTestApp(PUBLISHING_ENV);
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
    builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
    realSandbox = builders.sandbox;
    t.app.get(EventEmitter2).on(PUBLICATION_STATUS_CHANGED, (e: PublicationStatusChangedEvent) => announced.push(e));
  });
  beforeEach(async () => {
    builders.sandbox = realSandbox;
    await clearTables(t.dataSource, ['campaigns', 'jobs', 'sandbox_objects']);
    await t.dataSource.query(`UPDATE platform_connections SET status = 'connected'`);
    jobId = await insertOpenJob(t.dataSource);
    segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 5000 })]);
  });
  afterAll(() => t.close());

  /** Installs a scripted wrapper; one instance per test so its counters see every attempt. */
  const script = (fn: ConstructorParameters<typeof ScriptedPlatform>[1], before?: ConstructorParameters<typeof ScriptedPlatform>[2]) => {
    let wrapper: ScriptedPlatform | undefined;
    builders.sandbox = (input) => (wrapper ??= new ScriptedPlatform(realSandbox(input), fn, before));
    return () => wrapper!;
  };
  const createCampaign = async () => (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId])).expect(201)).body;
  const publication = async (campaignId: string) =>
    (await t.dataSource.query(`SELECT * FROM campaign_publications WHERE campaign_id = $1`, [campaignId]))[0];
  const waitStatus = (campaignId: string, status: string) =>
    waitFor(`publication ${status}`, async () => {
      const p = await publication(campaignId);
      return p.status === status ? p : undefined;
    });
  const sandboxObjects = async (key: string) =>
    (await t.dataSource.query(`SELECT type, status FROM sandbox_objects WHERE publication_key = $1 ORDER BY created_at`, [key])) as { type: string; status: string }[];
  const eventTypes = async (campaignId: string) =>
    ((await recruiter.get(`/api/campaigns/${campaignId}/events?limit=200`).expect(200)).body.items as { type: string }[]).map((e) => e.type);
  const publishAndWait = async () => {
    const c = await createCampaign();
    const res = await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
    expect(['queued', 'publishing', 'active']).toContain(res.body.publications[0].status);
    return { campaign: c, row: await waitStatus(c.id, 'active') };
  };

  it('publishes through the real queue to the sandbox: one object per step, then active', async () => {
    const { campaign, row } = await publishAndWait();
    expect(Object.keys(row.external_ids).sort()).toEqual(['ad', 'adset', 'campaign']);
    expect(row).toMatchObject({ attempts: 1, last_error: null, current_step: null, publish_generation: 1 });
    expect(row.published_at).not.toBeNull();
    expect(await sandboxObjects(row.idempotency_key)).toEqual([
      { type: 'campaign', status: 'active' }, { type: 'adset', status: 'active' }, { type: 'ad', status: 'active' },
    ]);
    const detail = (await recruiter.get(`/api/campaigns/${campaign.id}`).expect(200)).body;
    expect(detail).toMatchObject({ status: 'active', publications: [{ status: 'active', externalIds: row.external_ids, attempts: 1 }] });
    expect(await eventTypes(campaign.id)).toEqual(['created', 'publish_requested', 'publish_attempt', 'step_completed', 'step_completed', 'step_completed', 'published']);
    const job = await t.app.get<Queue>(getQueueToken(CAMPAIGNS_QUEUE)).getJob(publicationJobId('publish', { publicationId: row.id, generation: 1 }));
    expect(await job!.getState()).toBe('completed');
    expectProblem(await recruiter.post(`/api/campaigns/${campaign.id}/publish`), 409);
  });

  it('pauses, resumes and archives through the queue; the platform objects follow', async () => {
    const { campaign, row } = await publishAndWait();
    const paused = (await recruiter.post(`/api/campaigns/${campaign.id}/pause`).expect(202)).body;
    expect(paused.publications[0].targetStatus).toBe('paused');
    await waitStatus(campaign.id, 'paused');
    expect((await sandboxObjects(row.idempotency_key))[0]).toEqual({ type: 'campaign', status: 'paused' });
    expect((await recruiter.get(`/api/campaigns/${campaign.id}`)).body.status).toBe('paused');
    expectProblem(await recruiter.post(`/api/campaigns/${campaign.id}/pause`), 409);

    await recruiter.post(`/api/campaigns/${campaign.id}/resume`).expect(202);
    await waitStatus(campaign.id, 'active');
    expect((await sandboxObjects(row.idempotency_key))[0].status).toBe('active');

    await recruiter.post(`/api/campaigns/${campaign.id}/archive`).expect(202);
    await waitStatus(campaign.id, 'archived');
    expect((await sandboxObjects(row.idempotency_key))[0].status).toBe('archived');
    expect((await recruiter.get(`/api/campaigns/${campaign.id}`)).body.status).toBe('archived');
    const types = await eventTypes(campaign.id);
    expect(types.slice(-6)).toEqual(['pause_requested', 'publication_paused', 'resume_requested', 'publication_resumed', 'archive_requested', 'publication_archived']);
    // Each committed status reached the domain event live updates relay.
    expect(announced.filter((e) => e.publicationId === row.id).map((e) => e.status)).toEqual(['publishing', 'active', 'paused', 'active', 'archived']);
    expectProblem(await recruiter.post(`/api/campaigns/${campaign.id}/resume`), 409);
  });

  it('the reconciler completes live publications whose campaign has ended', async () => {
    const { campaign, row } = await publishAndWait();
    await t.dataSource.query(`UPDATE campaigns SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 minute' WHERE id = $1`, [campaign.id]);
    const report = await t.app.get(PublicationReconciler).run();
    expect(report.completed).toBe(1);
    expect(await publication(campaign.id)).toMatchObject({ id: row.id, status: 'completed' });
    expect((await eventTypes(campaign.id)).at(-1)).toBe('publication_completed');
    expect(announced.filter((e) => e.publicationId === row.id).at(-1)).toEqual({ publicationId: row.id, campaignId: campaign.id, status: 'completed', hasError: false });
    expect((await t.app.get(PublicationReconciler).run()).completed).toBe(0);
  });

  it('pauses the ads when their job is closed, and the timeline says why', async () => {
    const { campaign, row } = await publishAndWait();
    await recruiter.post(`/api/jobs/${jobId}/transitions`, { to: 'closed', reason: 'Budget freeze' }).expect(200);
    const paused = await waitStatus(campaign.id, 'paused');
    expect(paused.target_status).toBe('paused');
    expect((await sandboxObjects(row.idempotency_key))[0].status).toBe('paused');
    const events = (await recruiter.get(`/api/campaigns/${campaign.id}/events?limit=200`)).body.items as { type: string; message: string; actor: string | null }[];
    const auto = events.find((e) => e.type === 'auto_paused')!;
    expect(auto.message).toBe('Paused automatically: the job was closed (Budget freeze).');
    expect(auto.actor).toBeNull();
    expect(events.map((e) => e.type).slice(-2)).toEqual(['auto_paused', 'publication_paused']);
    expect(expectProblem(await recruiter.post(`/api/campaigns/${campaign.id}/resume`), 409).detail).toMatch(/job cannot be advertised: it is closed/);
  });

  it('a job filled while its ads are still being published: they settle paused, not active', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const platform = script(() => undefined, (step) => (step === 'ad' ? gate : undefined));
    const c = await createCampaign();
    await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
    await waitFor('step adset recorded', async () => (await publication(c.id)).external_ids.adset);
    await recruiter.post(`/api/jobs/${jobId}/transitions`, { to: 'filled' }).expect(200);
    expect((await publication(c.id))).toMatchObject({ status: 'publishing', target_status: 'paused' });
    release();
    const row = await waitStatus(c.id, 'paused');
    expect(Object.keys(row.external_ids).sort()).toEqual(['ad', 'adset', 'campaign']);
    expect((await sandboxObjects(row.idempotency_key))[0].status).toBe('paused');
    expect(platform().platformCalls).toEqual({ campaign: 1, adset: 1, ad: 1 });
  });

  describe('a worker crash between steps never creates a second object', () => {
    const queuedPublication = async () => {
      const c = await createCampaign();
      // The state the API commits on publish, without the queue: the handler is called directly below.
      await t.dataSource.query(`UPDATE campaign_publications SET status = 'queued', publish_generation = 1 WHERE campaign_id = $1`, [c.id]);
      return { campaign: c, row: await publication(c.id) };
    };
    const ctx = { isLastAttempt: false, attemptsAllowed: 5 };

    it('killed after step 2 was recorded: the next run resumes at step 3', async () => {
      const platform = script((step, call) => (step === 'ad' && call === 1 ? 'crash-before' : undefined));
      const { campaign, row } = await queuedPublication();
      const publisher = t.app.get(PublicationPublisher);
      await expect(publisher.publish({ publicationId: row.id, generation: 1 }, ctx)).rejects.toThrow('simulated worker crash before ad');
      const crashed = await publication(campaign.id);
      expect(crashed).toMatchObject({ status: 'publishing', last_error_kind: 'internal', attempts: 1 });
      expect(Object.keys(crashed.external_ids).sort()).toEqual(['adset', 'campaign']);

      await expect(publisher.publish({ publicationId: row.id, generation: 1 }, ctx)).resolves.toBe('settled');
      const done = await publication(campaign.id);
      expect(done).toMatchObject({ status: 'active', attempts: 2 });
      expect({ campaign: done.external_ids.campaign, adset: done.external_ids.adset }).toEqual(crashed.external_ids);
      expect(platform().platformCalls).toEqual({ campaign: 1, adset: 1, ad: 1 });
      expect((await sandboxObjects(row.idempotency_key)).map((o) => o.type)).toEqual(['campaign', 'adset', 'ad']);
    });

    it('killed after the platform created step 2 but before it was recorded: the idempotency key returns the same object', async () => {
      const platform = script((step, call) => (step === 'adset' && call === 1 ? 'crash-after' : undefined));
      const { campaign, row } = await queuedPublication();
      const publisher = t.app.get(PublicationPublisher);
      await expect(publisher.publish({ publicationId: row.id, generation: 1 }, ctx)).rejects.toThrow('simulated worker crash after');
      expect(Object.keys((await publication(campaign.id)).external_ids)).toEqual(['campaign']);
      await publisher.publish({ publicationId: row.id, generation: 1 }, ctx);
      const done = await publication(campaign.id);
      expect(done.status).toBe('active');
      expect(platform().platformCalls).toEqual({ campaign: 1, adset: 2, ad: 1 });
      const objects = await t.dataSource.query(`SELECT id, type FROM sandbox_objects WHERE publication_key = $1`, [row.idempotency_key]);
      expect(objects).toHaveLength(3);
      expect(objects.find((o: { type: string }) => o.type === 'adset').id).toBe(done.external_ids.adset);
    });

    it('a stale job of an older publish request does nothing', async () => {
      const platform = script(() => undefined);
      const { row } = await queuedPublication();
      await expect(t.app.get(PublicationPublisher).publish({ publicationId: row.id, generation: 0 }, ctx)).resolves.toBe('skipped');
      expect(platform).toBeDefined();
      expect((await publication(row.campaign_id)).status).toBe('queued');
    });

    it('through the queue: Bull retries the crashed job and it resumes', async () => {
      const platform = script((step, call) => (step === 'ad' && call === 1 ? 'crash-before' : undefined));
      const { campaign } = await publishAndWait();
      expect(platform().platformCalls).toEqual({ campaign: 1, adset: 1, ad: 1 });
      expect((await publication(campaign.id)).attempts).toBe(2);
      expect(await eventTypes(campaign.id)).toContain('retry_scheduled');
    });
  });

  describe('platform errors', () => {
    it('rate limit: retried no earlier than the platform asked', async () => {
      const platform = script((step, call) => (step === 'adset' && call === 1 ? new PlatformError('rate_limited', 'User request limit reached', 600) : undefined));
      const { campaign } = await publishAndWait();
      const [first, second] = platform().callTimes.adset;
      expect(second - first).toBeGreaterThanOrEqual(600);
      const events = (await recruiter.get(`/api/campaigns/${campaign.id}/events?limit=200`)).body.items as { type: string; message: string; level: string }[];
      const retry = events.find((e) => e.type === 'retry_scheduled')!;
      expect(retry.level).toBe('warn');
      expect(retry.message).toMatch(/rate limited by the platform.*User request limit reached.*after the platform's wait of 1 s/);
    });

    it('expired token: publication failed, connection needs_reauth, no retry storm', async () => {
      const platform = script((step) => (step === 'adset' ? new PlatformError('auth', 'Error validating access token: Session has expired') : undefined));
      const c = await createCampaign();
      await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
      const row = await waitStatus(c.id, 'failed');
      expect(row).toMatchObject({ last_error_kind: 'auth', last_error: 'Error validating access token: Session has expired', attempts: 1, current_step: 'adset' });
      const [conn] = await t.dataSource.query(`SELECT status, status_detail FROM platform_connections WHERE id = $1`, [sandboxId]);
      expect(conn).toEqual({ status: 'needs_reauth', status_detail: 'Error validating access token: Session has expired' });
      const job = await t.app.get<Queue>(getQueueToken(CAMPAIGNS_QUEUE)).getJob(publicationJobId('publish', { publicationId: row.id, generation: 1 }));
      await waitFor('job failed', async () => (await job!.getState()) === 'failed');
      expect(job!.attemptsMade).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(platform().callTimes.adset).toHaveLength(1);
      const problem = expectProblem(await recruiter.post(`/api/campaigns/${c.id}/publish`), 409);
      expect(problem.detail).toMatch(/needs new credentials/);
      expect((await recruiter.get(`/api/campaigns/${c.id}`)).body).toMatchObject({ status: 'failed', publications: [{ status: 'failed', lastErrorKind: 'auth' }] });
    });

    it('validation error: failed at once with the platform message; publishing again resumes at that step', async () => {
      let refuse = true;
      const platform = script((step) => (step === 'ad' && refuse ? new PlatformError('validation', '(#100) The ad text violates policy') : undefined));
      const c = await createCampaign();
      await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
      const failed = await waitStatus(c.id, 'failed');
      expect(failed).toMatchObject({ last_error: '(#100) The ad text violates policy', last_error_kind: 'validation', attempts: 1 });
      const events = (await recruiter.get(`/api/campaigns/${c.id}/events?limit=200`)).body.items as { type: string; message: string }[];
      expect(events.at(-1)).toMatchObject({ type: 'publish_failed', message: 'Failed at step ad: (#100) The ad text violates policy' });

      refuse = false;
      await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
      const row = await waitStatus(c.id, 'active');
      expect(row.publish_generation).toBe(2);
      expect(platform().platformCalls).toEqual({ campaign: 1, adset: 1, ad: 1 });
    });

    it('5xx every time: exponential backoff, then failed after the last attempt, visible with the error', async () => {
      const platform = script((step) => (step === 'campaign' ? new PlatformError('transient', 'HTTP 503 Service Unavailable') : undefined));
      const c = await createCampaign();
      await recruiter.post(`/api/campaigns/${c.id}/publish`).expect(202);
      const row = await waitStatus(c.id, 'failed');
      expect(row).toMatchObject({ attempts: 8, last_error_kind: 'transient', last_error: 'HTTP 503 Service Unavailable' });
      const times = platform().callTimes.campaign;
      expect(times).toHaveLength(8);
      // Base 50 ms, doubling, capped at 400 ms, equal jitter: each wait at least half its step.
      const gaps = times.slice(1).map((at, i) => at - times[i]);
      [25, 50, 100, 200, 200, 200, 200].forEach((min, i) => expect(gaps[i]).toBeGreaterThanOrEqual(min));
      const events = (await recruiter.get(`/api/campaigns/${c.id}/events?limit=200`)).body.items as { type: string; message: string }[];
      expect(events.filter((e) => e.type === 'retry_scheduled')).toHaveLength(7);
      expect(events.at(-1)!.message).toMatch(/^Gave up after 8 attempts at step campaign \(temporary platform or network error\): HTTP 503/);
    });
  });

  it('fault run (30 publications, 20 % of calls fail with rate limits, 5xx and timeouts): all active, zero duplicates', async () => {
    let faulty: FaultyPlatform | undefined;
    builders.sandbox = (input) => (faulty ??= new FaultyPlatform(realSandbox(input), { failureRate: 0.2, seed: 'integration', retryAfterMs: 100 }));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId], { name: `Fault ${i}` })).expect(201)).body.id);
    await Promise.all(ids.map((id) => recruiter.post(`/api/campaigns/${id}/publish`).expect(202)));
    await waitFor('30 active publications', async () => {
      const [{ active }] = await t.dataSource.query(`SELECT count(*)::int AS active FROM campaign_publications WHERE status = 'active'`);
      return active === 30;
    }, 90_000).catch(async (err) => {
      console.log(await t.dataSource.query(`SELECT status, attempts, last_error_kind, last_error FROM campaign_publications WHERE status <> 'active'`));
      throw err;
    });
    const [dup] = await t.dataSource.query(`SELECT count(*)::int AS objects, count(DISTINCT (publication_key, type))::int AS distinct_objects FROM sandbox_objects`);
    expect(dup).toEqual({ objects: 90, distinct_objects: 90 });
    const injected = faulty!.injected;
    expect(injected.rate_limited + injected.transient + injected.timeout).toBeGreaterThan(5);
    const [{ attempts }] = await t.dataSource.query(`SELECT sum(attempts)::int AS attempts FROM campaign_publications`);
    expect(attempts).toBeGreaterThan(30);
  });
});
