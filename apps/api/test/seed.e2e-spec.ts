import { loadConfig } from '../src/config/app-config';
import { runBootSeeds } from '../src/seed/boot-seeds';
import { seedMetrics } from '../src/seed/metrics-seed';
import { createTestApp, resetState, TestApp } from './harness';

jest.setTimeout(60_000);

describe('seeds through the owning modules (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => resetState(t.dataSource));
  afterAll(() => t.close());

  const count = async (sql: string) => (await t.dataSource.query(sql))[0].n as number;

  it('boot seeds an empty database once: the admin with its audit record, the demo set, a first queued segmentation', async () => {
    const config = loadConfig({ ...process.env, ADMIN_EMAIL: 'boss@adflux.test', ADMIN_PASSWORD: 'a long enough secret', SEED_DEMO: 'true' });
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await runBootSeeds(t.dataSource, config);
      await runBootSeeds(t.dataSource, config);
    } finally {
      write.mockRestore();
    }
    expect(await t.dataSource.query(`SELECT email, role, active FROM users`)).toEqual([{ email: 'boss@adflux.test', role: 'admin', active: true }]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.created'`)).toBe(1);
    // (The worker's reconciler may already have picked it up: its status is not asserted.)
    expect(await t.dataSource.query(`SELECT trigger, requested_by_label, parameters->>'seed' AS seed FROM segmentation_runs`)).toEqual([
      { trigger: 'manual', requested_by_label: 'demo seed', seed: '42' },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM jobs WHERE external_ref LIKE 'seed:%' AND created_by IS NULL`)).toBe(50);
  });

  it('metrics seed: campaigns, publications and daily metrics; its jobs through the jobs mapping; a rerun adds nothing', async () => {
    const config = loadConfig(process.env);
    await seedMetrics(t.dataSource, config, { publications: 6, days: 3 });
    await seedMetrics(t.dataSource, config, { publications: 6, days: 3 });
    expect(await count(`SELECT count(*)::int AS n FROM jobs WHERE status = 'open' AND opened_at IS NOT NULL`)).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM campaigns`)).toBe(6);
    expect(await count(`SELECT count(*)::int AS n FROM campaign_publications`)).toBe(6);
    expect(await count(`SELECT count(*)::int AS n FROM publication_metrics_daily`)).toBe(18);
  });
});
