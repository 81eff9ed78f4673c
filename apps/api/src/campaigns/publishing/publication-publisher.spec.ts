import { type AdsPlatform, type AdsPlatformFactory, type ConnectionsService, type ExternalIds, PlatformError } from '../../ads-platforms';
import type { AppConfig } from '../../config/config.module';
import type { JobsService } from '../../jobs';
import type { CampaignTimeline } from '../campaign-timeline.repository';
import { Campaign } from '../entities/campaign.entity';
import { Publication } from '../entities/publication.entity';
import type { PublicationEvents } from './publication-events';
import { PublicationPublisher } from './publication-publisher';
import type { PublicationsRepository } from './publications.repository';

const TX = { transaction: 'handle' } as never;

/** An in-memory publication row behind a fake PublicationsRepository: what the publisher wrote is what the next read sees. */
function setup(row: Partial<Publication>, options: { targets?: Publication['targetStatus'][]; failStep?: string } = {}) {
  const publication = Object.assign(new Publication(), {
    id: 'p1', campaignId: 'c1', connectionId: 'conn1', platform: 'sandbox', status: 'queued', targetStatus: 'active', externalIds: {},
    publishGeneration: 1, attempts: 0, idempotencyKey: 'af-1', trackingCode: 'tc1', targeting: {}, audienceSize: 10, ...row,
  });
  const campaign = Object.assign(new Campaign(), {
    id: 'c1', jobId: 'j1', name: 'Nurses', createdBy: 'u1', objective: 'traffic', dailyBudgetMinor: 2500, currency: 'USD', startsAt: new Date(), endsAt: null,
    creative: { headline: 'Nurse', primaryText: 'Join', description: '', callToAction: 'APPLY_NOW' },
  });
  const targets = [...(options.targets ?? [])];
  const writes: Partial<Publication>[] = [];
  const repository = {
    withLock: jest.fn(async (_id: string, fn: () => Promise<unknown>) => fn()),
    findWithCampaign: jest.fn(async () => ({ publication: Object.assign(new Publication(), publication, { externalIds: { ...publication.externalIds } }), campaign })),
    transaction: jest.fn(async (work: (tx: unknown) => Promise<unknown>) => work(TX)),
    update: jest.fn(async (_tx: unknown, _id: string, fields: Partial<Publication>) => { writes.push(fields); Object.assign(publication, fields); }),
    recordExternalId: jest.fn(async (_tx: unknown, _id: string, step: string, externalId: string) => {
      publication.externalIds = { ...publication.externalIds, [step]: externalId };
      return { ...publication.externalIds };
    }),
    currentTarget: jest.fn(async () => targets.shift() ?? publication.targetStatus),
    settleIfTargetIs: jest.fn(async (_tx: unknown, _id: string, target: string, fields: Partial<Publication>) => {
      if (publication.targetStatus !== target) return false;
      writes.push(fields);
      Object.assign(publication, fields);
      return true;
    }),
  };
  const calls: string[] = [];
  const platform: AdsPlatform = {
    kind: 'sandbox', steps: ['campaign', 'adset', 'ad'],
    verify: jest.fn(),
    runStep: jest.fn(async (step: string) => {
      calls.push(`runStep:${step}`);
      if (step === options.failStep) throw new PlatformError('transient', 'platform 503');
      return `${step}-id`;
    }),
    setStatus: jest.fn(async (_ids: ExternalIds, status: string) => { calls.push(`setStatus:${status}`); }),
    fetchInsights: jest.fn(),
  } as unknown as AdsPlatform;
  const platforms = { forConnection: jest.fn(async () => ({ connection: { label: 'Sandbox' }, platform })) };
  const connections = { markNeedsReauth: jest.fn() };
  const jobs = { getForAds: jest.fn(async () => ({ title: 'Nurse', company: 'Clinic', location: { city: 'Austin' }, skills: [], applicationUrl: 'https://x.test/apply' })) };
  const timeline = { record: jest.fn(async () => undefined) };
  const announced: string[] = [];
  const failed = jest.fn();
  const events = { changed: (_p: unknown, status: string, hasError = false) => announced.push(hasError ? `${status}!` : status), failed };
  const publisher = new PublicationPublisher(
    repository as unknown as PublicationsRepository, platforms as unknown as AdsPlatformFactory, connections as unknown as ConnectionsService,
    jobs as unknown as JobsService, timeline as unknown as CampaignTimeline, { publicBaseUrl: 'https://ads.example.com' } as AppConfig,
    events as unknown as PublicationEvents,
  );
  const eventTypes = () => timeline.record.mock.calls.map((c) => (c as unknown as [{ type: string }])[0].type);
  return { publisher, publication, repository, calls, writes, eventTypes, announced, failed };
}

const ctx = { isLastAttempt: false, attemptsAllowed: 5 };

describe('PublicationPublisher (fake repository and platform)', () => {
  it('runs every step under the publication lock, records each id, then settles on the target', async () => {
    const f = setup({});
    await expect(f.publisher.publish({ publicationId: 'p1', generation: 1 }, ctx)).resolves.toBe('settled');
    expect(f.repository.withLock).toHaveBeenCalledWith('p1', expect.any(Function));
    expect(f.calls).toEqual(['runStep:campaign', 'runStep:adset', 'runStep:ad', 'setStatus:active']);
    expect(f.publication).toMatchObject({ status: 'active', attempts: 1, externalIds: { campaign: 'campaign-id', adset: 'adset-id', ad: 'ad-id' } });
    expect(f.eventTypes()).toEqual(['publish_attempt', 'step_completed', 'step_completed', 'step_completed', 'published']);
    expect(f.announced).toEqual(['publishing', 'active']); // live updates: each committed status
  });

  it('resumes after the recorded steps: never creates an object twice', async () => {
    const f = setup({ status: 'publishing', attempts: 1, externalIds: { campaign: 'campaign-id' } });
    await f.publisher.publish({ publicationId: 'p1', generation: 1 }, ctx);
    expect(f.calls).toEqual(['runStep:adset', 'runStep:ad', 'setStatus:active']);
  });

  it('skips a job of an older request (generation) or a publication no longer in flight', async () => {
    expect(await setup({ publishGeneration: 2 }).publisher.publish({ publicationId: 'p1', generation: 1 }, ctx)).toBe('skipped');
    const live = setup({ status: 'active' });
    expect(await live.publisher.publish({ publicationId: 'p1', generation: 1 }, ctx)).toBe('skipped');
    expect(live.calls).toEqual([]);
  });

  it('a transient failure keeps the row in flight with the error and rethrows for a Bull retry', async () => {
    const f = setup({}, { failStep: 'adset' });
    await expect(f.publisher.publish({ publicationId: 'p1', generation: 1 }, ctx)).rejects.toBeInstanceOf(PlatformError);
    expect(f.publication).toMatchObject({ status: 'publishing', lastErrorKind: 'transient', externalIds: { campaign: 'campaign-id' } });
    expect(f.eventTypes().at(-1)).toBe('retry_scheduled');
    expect(f.announced).toEqual(['publishing', 'publishing!']);
    expect(f.failed).not.toHaveBeenCalled(); // a retry is not a failure anyone must hear about
  });

  it('the last failed attempt marks the row failed and announces the failure for the campaign owner', async () => {
    const f = setup({}, { failStep: 'adset' });
    await expect(f.publisher.publish({ publicationId: 'p1', generation: 1 }, { ...ctx, isLastAttempt: true })).rejects.toBeInstanceOf(PlatformError);
    expect(f.publication.status).toBe('failed');
    expect(f.failed).toHaveBeenCalledWith(expect.objectContaining({
      campaignId: 'c1', campaignName: 'Nurses', publicationId: 'p1', ownerUserId: 'u1', needsReauth: false, message: expect.stringContaining('platform 503'),
    }));
  });

  it('a pause committed while settling wins: the row is written with the target asked for last', async () => {
    const f = setup({});
    // The first read says active; meanwhile the user pauses, so the conditional write finds "paused" and applies that.
    f.repository.currentTarget.mockImplementationOnce(async () => {
      f.publication.targetStatus = 'paused';
      return 'active';
    });
    await f.publisher.publish({ publicationId: 'p1', generation: 1 }, ctx);
    expect(f.calls.slice(-2)).toEqual(['setStatus:active', 'setStatus:paused']);
    expect(f.publication.status).toBe('paused');
  });
});
