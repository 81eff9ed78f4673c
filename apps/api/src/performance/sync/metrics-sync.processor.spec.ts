import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { Job } from 'bull';
import { PlatformError } from '../../ads-platforms';
import { MetricsSyncProcessor } from './metrics-sync.processor';
import type { MetricsSyncQueue, SyncCampaignData } from './metrics-sync.queue';
import type { MetricsSyncService } from './metrics-sync.service';
import type { SyncRequestsService } from './sync-requests.service';

function setup(syncCampaign: () => Promise<unknown>) {
  const sync = { syncCampaign: jest.fn(syncCampaign), connectionsToSync: jest.fn(async () => ['conn1', 'conn2']) };
  const requests = { served: jest.fn(async () => undefined) };
  const queue = { enqueueConnection: jest.fn(async () => undefined) };
  const events = { emit: jest.fn() };
  const processor = new MetricsSyncProcessor(
    sync as unknown as MetricsSyncService, requests as unknown as SyncRequestsService, queue as unknown as MetricsSyncQueue, events as unknown as EventEmitter2,
  );
  return { processor, sync, requests, queue, events };
}
const job = (attemptsMade: number) =>
  ({ id: 'sync-campaign:c1:s1', data: { campaignId: 'c1', slot: 's1' }, attemptsMade, opts: { attempts: 3 }, discard: jest.fn() }) as unknown as Job<SyncCampaignData>;

describe('MetricsSyncProcessor', () => {
  it('a served "Sync now" closes its saved request', async () => {
    const added = { impressions: 4, clicks: 1, spendReportingMinor: 120 };
    const f = setup(async () => ({ reports: [], added }));
    await f.processor.syncCampaign(job(0));
    expect(f.requests.served).toHaveBeenCalledWith('c1', 's1', null, added);
    expect(f.events.emit).toHaveBeenCalledWith('metrics_sync.finished', { campaignId: 'c1', connectionId: null, ok: true });
  });

  it('a retryable failure leaves the request pending (Bull retries); the last attempt closes it with the error', async () => {
    const f = setup(async () => { throw new PlatformError('transient', 'platform 503'); });
    await expect(f.processor.syncCampaign(job(0))).rejects.toThrow('platform 503');
    expect(f.requests.served).not.toHaveBeenCalled();
    expect(f.events.emit).not.toHaveBeenCalled(); // not finished: Bull retries
    await expect(f.processor.syncCampaign(job(2))).rejects.toThrow('platform 503');
    expect(f.requests.served).toHaveBeenCalledWith('c1', 's1', 'platform 503');
    expect(f.events.emit).toHaveBeenCalledWith('metrics_sync.finished', { campaignId: 'c1', connectionId: null, ok: false });
  });

  it('a refused token closes the request at once and discards the job', async () => {
    const f = setup(async () => { throw new PlatformError('auth', 'token revoked'); });
    const j = job(0);
    await expect(f.processor.syncCampaign(j)).rejects.toThrow('token revoked');
    expect(j.discard).toHaveBeenCalled();
    expect(f.requests.served).toHaveBeenCalledWith('c1', 's1', 'token revoked');
  });

  it('the cron slot job fans out one connection job per connection, ids carrying the slot', async () => {
    const f = setup(async () => []);
    await expect(f.processor.fanOut({ data: { slot: '2026-12-04T12:30' } } as never)).resolves.toEqual({ connections: 2 });
    expect(f.queue.enqueueConnection.mock.calls).toEqual([['conn1', '2026-12-04T12:30'], ['conn2', '2026-12-04T12:30']]);
  });
});
