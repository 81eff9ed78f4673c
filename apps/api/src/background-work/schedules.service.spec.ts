import { SchedulesService } from './schedules.service';
import { ScheduleReport } from './schedule-journal';

const NOW = new Date('2026-12-04T12:00:00Z');

function service(reports: Record<string, ScheduleReport>) {
  const redis = { hgetall: jest.fn(async () => Object.fromEntries(Object.entries(reports).map(([k, v]) => [k, JSON.stringify(v)]))) };
  return new SchedulesService(redis as never);
}

const report = (over: Partial<ScheduleReport>): ScheduleReport => ({
  name: 'metrics-sync', cron: '0 */2 * * *', lastRunAt: null, nextRunAt: '2026-12-04T14:00:00.000Z', reportedAt: '2026-12-04T11:59:40.000Z', ...over,
});

describe('SchedulesService', () => {
  it('merges the workers running a cron: latest last tick, soonest next tick, worker count', async () => {
    const list = await service({
      'metrics-sync|a:1': report({ lastRunAt: '2026-12-04T10:00:00.000Z' }),
      'metrics-sync|b:2': report({ lastRunAt: '2026-12-04T10:00:01.000Z', nextRunAt: '2026-12-04T13:59:59.000Z' }),
      'reconcile|a:1': report({ name: 'reconcile', cron: '* * * * *', nextRunAt: '2026-12-04T12:01:00.000Z' }),
    }).list(NOW);
    expect(list).toEqual([
      { name: 'metrics-sync', cron: '0 */2 * * *', lastRunAt: '2026-12-04T10:00:01.000Z', nextRunAt: '2026-12-04T13:59:59.000Z', workers: 2 },
      { name: 'reconcile', cron: '* * * * *', lastRunAt: null, nextRunAt: '2026-12-04T12:01:00.000Z', workers: 1 },
    ]);
  });

  it('ignores workers that stopped reporting', async () => {
    const list = await service({
      'metrics-sync|gone:1': report({ reportedAt: '2026-12-04T11:50:00.000Z', lastRunAt: '2026-12-04T11:00:00.000Z' }),
      'metrics-sync|live:2': report({ lastRunAt: '2026-12-04T10:00:00.000Z' }),
    }).list(NOW);
    expect(list).toEqual([expect.objectContaining({ lastRunAt: '2026-12-04T10:00:00.000Z', workers: 1 })]);
    expect(await service({ 'x|gone:1': report({ reportedAt: '2026-12-04T11:00:00.000Z' }) }).list(NOW)).toEqual([]);
  });
});
