import type { AppConfig } from '../../config/config.module';
import type { MetricsRepository, PublicationSyncTimes } from './metrics.repository';
import type { SyncRequestRow, SyncRequestsRepository } from './sync-requests.repository';
import { SyncStatusService } from './sync-status.service';

const NOW = new Date('2026-12-04T08:41:00Z');
const DONE = new Date('2026-12-04T08:40:05Z');

function setup(times: PublicationSyncTimes[] | null, request: SyncRequestRow | null) {
  const metrics = { syncTimesOfCampaign: jest.fn(async () => times) };
  const requests = { latest: jest.fn(async () => request) };
  const config = { metricsSyncCron: '*/30 * * * *', metricsSyncWindowDays: 3, reportingCurrency: 'USD' } as AppConfig;
  return new SyncStatusService(metrics as unknown as MetricsRepository, requests as unknown as SyncRequestsRepository, config);
}

describe('SyncStatusService: last and next sync per publication', () => {
  it('scheduled publication: next sync is the cron\'s next tick; a "Sync now" that found nothing still counts as its last sync', async () => {
    const service = setup([{ publicationId: 'p1', lastSyncedAt: null, scheduled: true }], {
      requestedAt: new Date('2026-12-04T08:40:00Z'), doneAt: DONE, error: null, outcome: { impressions: 0, clicks: 0, spendReportingMinor: 0 },
    });
    const status = await service.ofCampaign('c1', NOW);
    expect(status.publications).toEqual([{ publicationId: 'p1', lastSyncedAt: DONE.toISOString(), nextSyncAt: '2026-12-04T09:00:00.000Z' }]);
    expect(status.request?.outcome).toEqual({ impressions: 0, clicks: 0, spendReportingMinor: 0, currency: 'USD' });
  });

  it('stored rows newer than the request win; a failed request does not count; unscheduled publications have no next sync', async () => {
    const rows = new Date('2026-12-04T08:40:30Z');
    const failed = { requestedAt: new Date('2026-12-04T08:40:00Z'), doneAt: DONE, error: 'token revoked', outcome: null };
    const service = setup([{ publicationId: 'p1', lastSyncedAt: rows, scheduled: true }, { publicationId: 'p2', lastSyncedAt: null, scheduled: false }], failed);
    const status = await service.ofCampaign('c1', NOW);
    expect(status.publications).toEqual([
      { publicationId: 'p1', lastSyncedAt: rows.toISOString(), nextSyncAt: '2026-12-04T09:00:00.000Z' },
      { publicationId: 'p2', lastSyncedAt: null, nextSyncAt: null },
    ]);
    expect(status.request).toMatchObject({ error: 'token revoked', outcome: null });
  });

  it('404 for a campaign that does not exist', async () => {
    await expect(setup(null, null).ofCampaign('nope', NOW)).rejects.toMatchObject({ status: 404 });
  });
});
