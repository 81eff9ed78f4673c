import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import { ProblemException } from '../common/problem';
import { CampaignActionsService } from './campaign-actions.service';
import type { CampaignTimeline } from './campaign-timeline.repository';
import type { CampaignWritesRepository } from './campaign-writes.repository';
import type { PublishQueue } from './campaigns.queue';
import type { CampaignsRepository } from './campaigns.repository';
import { Campaign } from './entities/campaign.entity';
import { Publication } from './entities/publication.entity';
import type { PublishChecks } from './publish-checks';

const TX = { transaction: 'handle' } as never;
const principal: Principal = { kind: 'session', id: 'u1', label: 'Rita Recruiter', role: 'recruiter' };

const campaign = (over: Partial<Campaign> = {}) => Object.assign(new Campaign(), { id: 'c1', jobId: 'j1', updatedAt: new Date('2026-12-01T10:00:00Z'), ...over });
const publication = (id: string, over: Partial<Publication> = {}) => Object.assign(new Publication(), {
  id, campaignId: 'c1', connectionId: `conn-${id}`, status: 'draft', targetStatus: 'active', externalIds: {}, statusGeneration: 0, publishGeneration: 0,
  updatedAt: new Date('2026-12-01T10:00:00Z'), createdAt: new Date('2026-12-01T09:00:00Z'), ...over,
});

/** The service with every collaborator faked: no database, no Redis. */
function setup(state: { before: { campaign: Campaign; publications: Publication[] }; locked?: { campaign: Campaign; publications: Publication[] } | null; enqueueOk?: boolean }) {
  const writes = {
    transaction: jest.fn(async (work: (tx: unknown) => Promise<unknown>) => work(TX)),
    lockCampaign: jest.fn(async () => (state.locked === undefined ? state.before : state.locked)),
    lockLivePublications: jest.fn(async () => state.before.publications),
    markQueued: jest.fn(async (_tx: unknown, ids: string[]) => ids.map((id) => ({ id, publish_generation: 1 }))),
    setTarget: jest.fn(async () => undefined),
  };
  const repository = {
    findCampaign: jest.fn(async () => state.before.campaign),
    publicationsOf: jest.fn(async () => state.before.publications),
    detail: jest.fn(async (id: string) => ({ id, status: 'detail' })),
  };
  const checks = { assertPublishable: jest.fn(async () => undefined), assertAdvertisable: jest.fn(async () => undefined) };
  const queue = { enqueue: jest.fn(async () => state.enqueueOk ?? true) };
  const timeline = { record: jest.fn(async () => undefined) };
  const audit = { record: jest.fn(async () => undefined) };
  const service = new CampaignActionsService(
    writes as unknown as CampaignWritesRepository, checks as unknown as PublishChecks, queue as unknown as PublishQueue,
    repository as unknown as CampaignsRepository, timeline as unknown as CampaignTimeline, audit as unknown as AuditService,
  );
  return { service, writes, repository, checks, queue, timeline, audit };
}

describe('CampaignActionsService (fake repositories)', () => {
  describe('publish', () => {
    it('queues the draft and failed publications in one transaction, then enqueues one job each after commit', async () => {
      const pubs = [publication('p1'), publication('p2', { status: 'failed', externalIds: { campaign: 'x' } }), publication('p3', { status: 'active' })];
      const f = setup({ before: { campaign: campaign(), publications: pubs } });
      await expect(f.service.publish('c1', principal, '10.0.0.1')).resolves.toEqual({ id: 'c1', status: 'detail' });
      expect(f.checks.assertPublishable).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), [pubs[0], pubs[1]]);
      expect(f.writes.lockCampaign).toHaveBeenCalledWith(TX, 'c1');
      expect(f.writes.markQueued).toHaveBeenCalledWith(TX, ['p1', 'p2']);
      const [events, tx] = f.timeline.record.mock.calls[0] as unknown as [{ type: string; message: string }[], unknown];
      expect(tx).toBe(TX);
      expect(events.map((e) => e.type)).toEqual(['publish_requested', 'publish_requested']);
      expect(events[1]!.message).toMatch(/resumes after the 1 step/);
      expect(f.audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'campaign.published', details: { publications: ['p1', 'p2'] } }), TX);
      expect(f.queue.enqueue).toHaveBeenCalledWith('publish', [{ publicationId: 'p1', generation: 1 }, { publicationId: 'p2', generation: 1 }]);
    });

    it('409 when every publication is already queued or live (a parallel publish won)', async () => {
      const f = setup({ before: { campaign: campaign(), publications: [publication('p1', { status: 'queued' })] } });
      await expect(f.service.publish('c1', principal, 'ip')).rejects.toMatchObject({ status: 409 });
      expect(f.writes.transaction).not.toHaveBeenCalled();
      expect(f.queue.enqueue).not.toHaveBeenCalled();
    });

    it('409 and nothing queued when the publication changed between the checks and the lock', async () => {
      const before = { campaign: campaign(), publications: [publication('p1')] };
      const locked = { campaign: campaign(), publications: [publication('p1', { status: 'queued', updatedAt: new Date('2026-12-01T10:00:01Z') })] };
      const f = setup({ before, locked });
      const error = await f.service.publish('c1', principal, 'ip').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(409);
      expect(f.writes.markQueued).not.toHaveBeenCalled();
      expect(f.queue.enqueue).not.toHaveBeenCalled();
    });

    it('404 when the campaign does not exist', async () => {
      const f = setup({ before: { campaign: null as never, publications: [] } });
      await expect(f.service.publish('nope', principal, 'ip')).rejects.toMatchObject({ status: 404 });
    });

    it('Redis unavailable: still answers, and the timeline says the work will start when the queue is back', async () => {
      const f = setup({ before: { campaign: campaign(), publications: [publication('p1')] }, enqueueOk: false });
      await f.service.publish('c1', principal, 'ip');
      const deferred = f.timeline.record.mock.calls[1] as unknown as [{ type: string }[]];
      expect(deferred[0].map((e) => e.type)).toEqual(['enqueue_deferred']);
    });
  });

  describe('pause / resume / archive', () => {
    it('pause re-targets the live and in-flight publications; only live ones get a status job', async () => {
      const pubs = [publication('p1', { status: 'active' }), publication('p2', { status: 'publishing' }), publication('p3', { status: 'draft' })];
      const f = setup({ before: { campaign: campaign(), publications: pubs } });
      await f.service.pause('c1', principal, 'ip');
      expect(f.writes.setTarget).toHaveBeenCalledWith(TX, ['p1', 'p2'], 'paused');
      expect(f.queue.enqueue).toHaveBeenCalledWith('status', [{ publicationId: 'p1', generation: 1 }]);
      expect(f.audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'campaign.pause' }), TX);
    });

    it('archiving is final: a resume while the archive is on its way is a 409 and changes nothing', async () => {
      const pubs = [publication('p1', { status: 'paused', targetStatus: 'archived' })];
      const f = setup({ before: { campaign: campaign(), publications: pubs } });
      await expect(f.service.resume('c1', principal, 'ip')).rejects.toMatchObject({ status: 409 });
      expect(f.writes.setTarget).not.toHaveBeenCalled();
      expect(f.queue.enqueue).not.toHaveBeenCalled();
    });

    it('resume checks the job can still be advertised before taking any lock', async () => {
      const f = setup({ before: { campaign: campaign(), publications: [publication('p1', { status: 'paused', targetStatus: 'paused' })] } });
      f.checks.assertAdvertisable.mockRejectedValueOnce(new ProblemException(409, 'The job cannot be advertised'));
      await expect(f.service.resume('c1', principal, 'ip')).rejects.toMatchObject({ status: 409 });
      expect(f.writes.transaction).not.toHaveBeenCalled();
    });
  });

  it('pauseCampaign (automation) locks through the repository and reports how many were asked to pause', async () => {
    const pubs = [publication('p1', { status: 'active' }), publication('p2', { status: 'queued' })];
    const f = setup({ before: { campaign: campaign(), publications: pubs } });
    await expect(f.service.pauseCampaign('c1', 'Paused automatically by rule "x".', { ruleId: 'r1' })).resolves.toBe(2);
    expect(f.writes.lockLivePublications).toHaveBeenCalledWith(TX, { campaignId: 'c1' });
    const [events] = f.timeline.record.mock.calls[0] as unknown as [{ type: string; level: string }[]];
    expect(events.map((e) => [e.type, e.level])).toEqual([['auto_paused', 'warn'], ['auto_paused', 'warn']]);
    expect(f.queue.enqueue).toHaveBeenCalledWith('status', [{ publicationId: 'p1', generation: 1 }]);
  });
});
