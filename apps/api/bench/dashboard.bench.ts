import { appConfig } from '../src/config/app-config';
import { addDays, toDay } from '../src/performance/calc/periods';
import { countSeededApplications, seedApplications, seedMetrics } from '../src/seed/metrics-seed';
import { benchApp, benchToken, fmt, measure } from './bench-support';

/**
 * Issue target: with 10 000 publications × 365 days (3.65M metric rows) and 1M applications moving
 * through the hiring stages, the dashboard summary (which counts interviews and hires per period)
 * and a 90-day timeseries grouped by platform answer in under 100 ms (median, warm).
 */
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 10_000);
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const DAYS = 365;

async function main(): Promise<void> {
  const { app, db, url } = await benchApp({ APP_ROLE: 'api' });
  try {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM publication_metrics_daily`);
    if (n < PUBLICATIONS * DAYS) {
      console.log(`seeding ${PUBLICATIONS} publications × ${DAYS} days …`);
      const started = Date.now();
      await seedMetrics(db, appConfig(), { publications: PUBLICATIONS, days: DAYS, log: (m) => console.log(`  ${m}`) });
      console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const perPublication = Math.ceil(APPLICATIONS / PUBLICATIONS);
    if ((await countSeededApplications(db)) !== perPublication * PUBLICATIONS) {
      console.log(`seeding ${perPublication} applications per publication …`);
      const started = Date.now();
      await seedApplications(db, DAYS, perPublication);
      console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const [{ rows, applications, hires }] = await db.query(
      `SELECT (SELECT count(*)::int FROM publication_metrics_daily) AS rows, (SELECT count(*)::int FROM applications) AS applications,
              (SELECT count(hired_at)::int FROM applications) AS hires`,
    );
    console.log(`metric rows: ${rows.toLocaleString('en')}, applications: ${applications.toLocaleString('en')} (${hires.toLocaleString('en')} hired)`);
    const token = await benchToken(db);
    const headers = { Authorization: `Bearer ${token}` };
    const to = toDay(new Date());
    const from90 = addDays(to, -89);
    const cases: Array<[string, string]> = [
      ['summary (30 days + previous 30)', `${url}/api/dashboard/summary?to=${to}`],
      ['summary (90 days + previous 90)', `${url}/api/dashboard/summary?from=${from90}&to=${to}`],
      ['timeseries spend by platform, 90 days', `${url}/api/dashboard/timeseries?metric=spend&groupBy=platform&from=${from90}&to=${to}`],
      ['timeseries applications by platform, 90 days', `${url}/api/dashboard/timeseries?metric=applications&groupBy=platform&from=${from90}&to=${to}`],
      ['breakdown by job, 30 days (no rollup)', `${url}/api/dashboard/breakdown?by=job&to=${to}`],
      ['pipeline counts, all applications (not a target)', `${url}/api/applications/pipeline`],
    ];
    for (const [name, target] of cases) {
      const n = /no rollup|not a target/.test(name) ? 20 : 200;
      console.log(`${name.padEnd(48)} ${fmt(await measure(target, headers, n, 5))}`);
    }
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
