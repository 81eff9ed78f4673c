import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { AdsPlatform, ExternalIds, PublishSpec } from '../src/ads-platforms/ads-platform.port';
import { ADAPTER_BUILDERS, AdapterBuilder, AdapterBuilders } from '../src/ads-platforms/connections/ads-platform.factory';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { CAMPAIGNS_QUEUE, PUBLISH_JOB, publicationJobId } from '../src/campaigns/campaigns.queue';
import { PublicationPublisher } from '../src/campaigns/publishing/publication-publisher';
import { PublicationReconciler } from '../src/campaigns/publishing/publication-reconciler';
import { appConfig } from '../src/config/app-config';
import { SegmentationScheduler } from '../src/segments/segmentation.scheduler';
import { SEGMENTATION_QUEUE } from '../src/segments/segments.queue';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { seedPool } from './fixtures/segment-fixtures';
import { waitFor } from './fixtures/wait-for';
import { clearTables, createTestApp, loginAs, resetState, Session, TestApp } from './harness';
import { jobHeldByDeadWorker, runStalledJobCheck } from './support/dead-worker';

jest.setTimeout(120_000);

/** Counts the steps that reached the platform; `dieBefore` throws before that step, as a worker dying there would stop. */
class CountingPlatform implements AdsPlatform {
  readonly kind: AdsPlatform['kind'];
  readonly steps: readonly string[];
  readonly calls: Record<string, number> = {};
  constructor(private readonly inner: AdsPlatform, private readonly dieBefore: () => string | undefined) {
    this.kind = inner.kind;
    this.steps = inner.steps;
  }
  verify() { return this.inner.verify(); }
  async runStep(step: string, spec: PublishSpec, ids: ExternalIds): Promise<string> {
    if (step === this.dieBefore()) throw new Error(`worker died before ${step}`);
    this.calls[step] = (this.calls[step] ?? 0) + 1;
    return this.inner.runStep(step, spec, ids);
  }
  setStatus(ids: ExternalIds, status: Parameters<AdsPlatform['setStatus']>[1]) { return this.inner.setStatus(ids, status); }
  fetchInsights(ids: ExternalIds, from: string, to: string) { return this.inner.fetchInsights(ids, from, to); }
  update(ids: ExternalIds, spec: PublishSpec, changes: Parameters<AdsPlatform['update']>[2]) { return this.inner.update(ids, spec, changes); }
}

/**
 * Issue 11, the fault suite at small size: a worker SIGKILLed mid-job. Its Bull job is either lost
 * (Redis restarted) or left active under a lock nobody renews. Either way the work finishes once,
 * through the reconciler or Bull's stalled-job check, with no duplicate platform object and no
 * duplicate assignment. `npm run bench:faults -- publish-worker-kill segmentation-worker-kill`
 * does the same with real worker processes at full size.
 */
describe('recovery from a worker killed mid-job (integration)', () => {
  let t: TestApp;
  let recruiter: Session;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400' });
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
  });
  afterAll(() => t.close());

  describe('publishing', () => {
    let queue: Queue;
    let platform: CountingPlatform | undefined;
    let dieBefore: string | undefined;
    let builders: AdapterBuilders;
    let realSandbox: AdapterBuilder;
    let sandboxId: string;

    beforeAll(async () => {
      queue = t.app.get<Queue>(getQueueToken(CAMPAIGNS_QUEUE));
      sandboxId = (await seedSandboxConnection(t.dataSource, appConfig()))!.id;
      builders = t.app.get<AdapterBuilders>(ADAPTER_BUILDERS);
      realSandbox = builders.sandbox;
    });
    beforeEach(async () => {
      await clearTables(t.dataSource, ['campaigns', 'jobs', 'sandbox_objects']);
      [platform, dieBefore] = [undefined, undefined];
      builders.sandbox = (input) => (platform ??= new CountingPlatform(realSandbox(input), () => dieBefore));
      // This process's worker takes no job until the test says so: the dead worker gets it.
      await queue.pause(true);
    });
    afterEach(async () => {
      await queue.resume(true);
      builders.sandbox = realSandbox;
    });

    const publication = async (campaignId: string) => (await t.dataSource.query(`SELECT * FROM campaign_publications WHERE campaign_id = $1`, [campaignId]))[0];
    /** A publish request, and the worker that took its job dying after two of the three steps. */
    const publishedHalfway = async () => {
      const jobId = await insertOpenJob(t.dataSource);
      const segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 5000 })]);
      const campaign = (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, [sandboxId])).expect(201)).body;
      await recruiter.post(`/api/campaigns/${campaign.id}/publish`).expect(202);
      const row = await publication(campaign.id);
      const ref = { publicationId: row.id, generation: row.publish_generation };
      // The dead worker's work: campaign and ad set created and recorded, then it is gone.
      dieBefore = 'ad';
      await expect(t.app.get(PublicationPublisher).publish(ref, { isLastAttempt: false, attemptsAllowed: 5 })).rejects.toThrow('worker died before ad');
      dieBefore = undefined;
      expect(await publication(campaign.id)).toMatchObject({ status: 'publishing' });
      expect(Object.keys((await publication(campaign.id)).external_ids).sort()).toEqual(['adset', 'campaign']);
      return { campaign, row, jobId: publicationJobId(PUBLISH_JOB, ref) };
    };
    const expectPublishedOnce = async (campaignId: string, key: string) => {
      const done = await waitFor('the publication active', async () => (await publication(campaignId)).status === 'active');
      expect(done).toBe(true);
      expect(platform!.calls).toEqual({ campaign: 1, adset: 1, ad: 1 });
      const objects = await t.dataSource.query(`SELECT type FROM sandbox_objects WHERE publication_key = $1 ORDER BY created_at`, [key]);
      expect(objects.map((o: { type: string }) => o.type)).toEqual(['campaign', 'adset', 'ad']);
    };

    it('job lost with the worker (Redis restarted): the reconciler enqueues it again and it resumes at the third step', async () => {
      const { campaign, row, jobId } = await publishedHalfway();
      await (await queue.getJob(jobId))!.remove();
      const report = await t.app.get(PublicationReconciler).run({ graceMs: 0 });
      expect(report.publishEnqueued).toBe(1);
      await queue.resume(true);
      await expectPublishedOnce(campaign.id, row.idempotency_key);
    });

    it('job left active under the dead worker\'s lock: the reconciler leaves it, the stalled-job check hands it out again, it resumes', async () => {
      const { campaign, row, jobId } = await publishedHalfway();
      const held = await jobHeldByDeadWorker(queue);
      expect(held.id).toBe(jobId);
      expect(await (await queue.getJob(jobId))!.getState()).toBe('active');
      // While the lock may still be alive the job counts as live: no second job for the same work.
      expect((await t.app.get(PublicationReconciler).run({ graceMs: 0 })).live).toBe(1);
      await queue.resume(true);
      await runStalledJobCheck(queue);
      await expectPublishedOnce(campaign.id, row.idempotency_key);
      expect((await publication(campaign.id)).attempts).toBeGreaterThanOrEqual(2);
    });
  });

  describe('segmentation', () => {
    let queue: Queue;

    beforeAll(() => {
      queue = t.app.get<Queue>(getQueueToken(SEGMENTATION_QUEUE));
    });
    beforeEach(async () => {
      await resetState(t.dataSource);
      recruiter = await loginAs(t, 'recruiter');
      await queue.pause(true);
    });
    afterEach(() => queue.resume(true));

    it('a run whose worker died in training: its stalled job runs again from scratch, every candidate assigned once', async () => {
      await seedPool(t, 150);
      const { id } = (await recruiter.post('/api/segmentation-runs', { k: 3, seed: 5 }).expect(202)).body;
      const held = await jobHeldByDeadWorker(queue);
      expect(held.id).toBe(id);
      // What the dead worker had written: the run claimed and half-way through training.
      await t.dataSource.query(`UPDATE segmentation_runs SET status = 'running', phase = 'train', progress = 40, started_at = now() WHERE id = $1`, [id]);
      // The reconciler sees a live job: it neither enqueues a second run nor marks this one failed.
      await t.app.get(SegmentationScheduler).reconcile();
      expect((await t.dataSource.query(`SELECT status FROM segmentation_runs WHERE id = $1`, [id]))[0].status).toBe('running');
      await queue.resume(true);
      await runStalledJobCheck(queue);
      await waitFor('the run to succeed', async () => (await t.dataSource.query(`SELECT status FROM segmentation_runs WHERE id = $1`, [id]))[0].status === 'succeeded');
      const [counts] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM segment_assignments WHERE run_id = $1) AS assignments,
                (SELECT count(DISTINCT candidate_id)::int FROM segment_assignments WHERE run_id = $1) AS candidates,
                (SELECT count(*)::int FROM segments WHERE run_id = $1) AS segments,
                (SELECT sum(size)::int FROM segments WHERE run_id = $1) AS sizes`,
        [id],
      );
      expect(counts).toEqual({ assignments: 150, candidates: 150, segments: 3, sizes: 150 });
    });
  });
});
