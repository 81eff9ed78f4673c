import { createTestApp, loginAs, resetState, TestApp } from './harness';
import { waitFor } from './performance-fixtures';

describe('background work: schedules reported by a worker (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the worker\'s crons with their expression and next run, seen from the API', async () => {
    await resetState(t.dataSource);
    const admin = await loginAs(t, 'admin');
    const journal = t.app.get((await import('../src/background-work/schedule-journal')).ScheduleJournal);
    await journal.report();
    const schedules = await waitFor(async () => {
      const res = await admin.get('/api/background-work/schedules').expect(200);
      return res.body.schedules.length ? res.body.schedules : null;
    });
    const sync = schedules.find((s: { name: string }) => s.name === 'metrics-sync');
    expect(sync).toMatchObject({ cron: expect.any(String), workers: 1, lastRunAt: null });
    expect(Date.parse(sync.nextRunAt)).toBeGreaterThan(Date.now());
  });
});
