import type { MetricsSyncQueue } from './metrics-sync.queue';
import { SyncRequestsService } from './sync-requests.service';
import type { SyncRequestsRepository } from './sync-requests.repository';

function setup(options: { exists?: boolean; enqueueFails?: boolean; pending?: { campaignId: string; slot: string }[]; live?: string[] } = {}) {
  const requests = {
    request: jest.fn(async () => options.exists ?? true),
    finish: jest.fn(async () => undefined),
    pending: jest.fn(async () => options.pending ?? []),
  };
  const queue = {
    enqueueCampaign: jest.fn(async (id: string, slot: string) => {
      if (options.enqueueFails) throw new Error('queue did not answer within 2000 ms');
      return `sync-campaign:${id}:${slot}`;
    }),
    ensureCampaign: jest.fn(async (id: string) => ((options.live ?? []).includes(id) ? 'live' : 'added')),
  };
  const service = new SyncRequestsService(requests as unknown as SyncRequestsRepository, queue as unknown as MetricsSyncQueue);
  return { service, requests, queue };
}

const NOW = new Date('2026-12-04T12:34:56Z');

describe('SyncRequestsService (fake repository and queue)', () => {
  it('saves the request for the minute, then enqueues its job', async () => {
    const f = setup();
    await expect(f.service.request('c1', NOW)).resolves.toBe('sync-campaign:c1:2026-12-04T12:34');
    expect(f.requests.request).toHaveBeenCalledWith('c1', '2026-12-04T12:34');
    expect(f.requests.request.mock.invocationCallOrder[0]).toBeLessThan(f.queue.enqueueCampaign.mock.invocationCallOrder[0]!);
  });

  it('Redis not answering: the saved request stays pending and the caller still gets the job id', async () => {
    const f = setup({ enqueueFails: true });
    await expect(f.service.request('c1', NOW)).resolves.toBe('sync-campaign:c1:2026-12-04T12:34');
  });

  it('404 for an unknown campaign, without touching the queue', async () => {
    const f = setup({ exists: false });
    await expect(f.service.request('nope', NOW)).rejects.toMatchObject({ status: 404 });
    expect(f.queue.enqueueCampaign).not.toHaveBeenCalled();
  });

  it('the reconciler re-adds pending requests whose job is gone and counts the live ones', async () => {
    const f = setup({ pending: [{ campaignId: 'c1', slot: 's1' }, { campaignId: 'c2', slot: 's2' }], live: ['c2'] });
    await expect(f.service.reconcile({ graceMs: 0 })).resolves.toEqual({ enqueued: 1, live: 1 });
    expect(f.requests.pending).toHaveBeenCalledWith(0);
    expect(f.queue.ensureCampaign).toHaveBeenCalledWith('c1', 's1');
  });
});
