import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { initialState } from '../src/ads-platforms/connections/connection-fields';
import { ConnectionSecrets } from '../src/ads-platforms/connections/connection-secrets';
import { PlatformConnection } from '../src/ads-platforms/connections/entities/platform-connection.entity';
import { SecretBox } from '../src/common/crypto/secret-box';
import { seedSandboxConnection } from '../src/ads-platforms/connections/sandbox-connection.seed';
import { appConfig } from '../src/config/app-config';
import { campaignBody, insertActiveSegments, insertOpenJob, segmentProfile } from './fixtures/campaign-fixtures';
import { clearTables, createTestApp, loginAs, resetState, Session, TestApp } from './harness';

jest.setTimeout(120_000);

/** https tracking links (the sandbox applies the https rule) and quick retries, as in campaign-publishing. */
const ENV = { PUBLIC_BASE_URL: 'https://ads.adflux.test', PUBLISH_BACKOFF_BASE_MS: '50', PUBLISH_BACKOFF_MAX_MS: '400', PUBLISH_MAX_ATTEMPTS: '8' };

/** Issue 11.9: concurrent actions on one campaign must never deadlock into a 500. */
describe('campaigns: concurrent actions on one campaign (integration)', () => {
  let t: TestApp;
  let recruiter: Session;
  let connectionIds: string[];
  let jobId: string;
  let segmentIds: string[];

  beforeAll(async () => {
    t = await createTestApp(ENV);
    await resetState(t.dataSource);
    recruiter = await loginAs(t, 'recruiter');
    const sandbox = (await seedSandboxConnection(t.dataSource, appConfig()))!;
    // Three publications per campaign: more rows to lock, more chances for a lock-order cycle.
    const copies = [2, 3].map((n) => {
      const id = randomUUID();
      return { id, kind: 'sandbox' as const, name: `Sandbox ${n}`, ...initialState('sandbox', {}), ...new ConnectionSecrets(SecretBox.fromConfig(appConfig())).seal(id, {}), createdBy: null };
    });
    await t.dataSource.getRepository(PlatformConnection).insert(copies);
    connectionIds = [sandbox.id, ...copies.map((c) => c.id)];
  });
  beforeEach(async () => {
    await clearTables(t.dataSource, ['campaigns', 'jobs', 'sandbox_objects']);
    jobId = await insertOpenJob(t.dataSource);
    segmentIds = await insertActiveSegments(t.dataSource, [segmentProfile('Nurses', { size: 5000 })]);
  });
  afterAll(() => t.close());

  const createCampaign = async (): Promise<string> =>
    (await recruiter.post('/api/campaigns', campaignBody(jobId, segmentIds, connectionIds)).expect(201)).body.id;
  const publications = (campaignId: string): Promise<{ id: string; status: string; target_status: string; publish_generation: number; idempotency_key: string }[]> =>
    t.dataSource.query(`SELECT * FROM campaign_publications WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
  const waitSettled = async (campaignId: string, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await publications(campaignId);
      if (rows.every((p) => p.status === p.target_status)) return rows;
      if (Date.now() > deadline) throw new Error(`publications did not settle: ${JSON.stringify(rows.map((p) => [p.status, p.target_status]))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const statuses = (responses: request.Response[]) => responses.map((r) => r.status);
  /** Every answer is a success or a 409 problem+json; never a 500. */
  const expectNo500 = (responses: request.Response[], allowed: number[]) => {
    for (const res of responses) {
      expect(allowed).toContain(res.status);
      if (res.status === 409) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  };

  it('10 parallel publishes: exactly one enqueues, the others answer 409, none 500', async () => {
    const id = await createCampaign();
    const responses = await Promise.all(Array.from({ length: 10 }, () => recruiter.post(`/api/campaigns/${id}/publish`)));
    expectNo500(responses, [202, 409]);
    expect(statuses(responses).filter((s) => s === 202)).toHaveLength(1);
    const rows = await waitSettled(id);
    expect(rows.map((p) => [p.status, p.publish_generation])).toEqual([['active', 1], ['active', 1], ['active', 1]]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM campaign_events WHERE campaign_id = $1 AND type = 'publish_requested'`, [id]);
    expect(n).toBe(3);
    // One set of platform objects per publication: no duplicate from a second enqueue.
    const [{ objects }] = await t.dataSource.query(`SELECT count(*)::int AS objects FROM sandbox_objects WHERE publication_key = ANY($1)`, [rows.map((p) => p.idempotency_key)]);
    expect(objects).toBe(9);
  });

  it('parallel pause/resume/archive while the worker settles: no 500, and the rows end consistent', async () => {
    const id = await createCampaign();
    await recruiter.post(`/api/campaigns/${id}/publish`).expect(202);
    await waitSettled(id);
    const actions = ['pause', 'resume', 'pause', 'archive', 'resume', 'pause', 'resume', 'pause', 'resume', 'pause', 'resume', 'archive'];
    for (let round = 0; round < 2; round++) {
      const responses = await Promise.all(actions.map((a) => recruiter.post(`/api/campaigns/${id}/${a}`)));
      expectNo500(responses, [202, 409]);
    }
    const rows = await waitSettled(id);
    // Each publication ends where its target says, and its sandbox campaign (which carries the delivery status) agrees.
    for (const p of rows) {
      const objects: { type: string; status: string }[] = await t.dataSource.query(`SELECT type, status FROM sandbox_objects WHERE publication_key = $1`, [p.idempotency_key]);
      expect(objects).toHaveLength(3);
      expect(objects.find((o) => o.type === 'campaign')!.status).toBe(p.status);
    }
    const detail = (await recruiter.get(`/api/campaigns/${id}`).expect(200)).body;
    expect(detail.publications.map((p: { status: string }) => p.status).sort()).toEqual(rows.map((p) => p.status).sort());
  });

  it('parallel edits and publishes of one draft: no 500, and the campaign is published at most once', async () => {
    const id = await createCampaign();
    const requests = Array.from({ length: 10 }, (_, i) => (i % 2
      ? recruiter.post(`/api/campaigns/${id}/publish`)
      : recruiter.patch(`/api/campaigns/${id}`, { name: `Edit ${i}` })));
    const responses = await Promise.all(requests);
    expectNo500(responses, [200, 202, 409]);
    const published = statuses(responses).filter((s) => s === 202).length;
    expect(published).toBeLessThanOrEqual(1);
    const rows = published ? await waitSettled(id) : await publications(id);
    expect(rows.map((p) => p.publish_generation)).toEqual([published, published, published]);
    if (!published) expect(rows.every((p) => p.status === 'draft')).toBe(true);
  });
});
