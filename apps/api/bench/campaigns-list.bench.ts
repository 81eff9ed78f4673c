import { appConfig } from '../src/config/app-config';
import { rankSql } from '../src/performance/campaign-metrics/campaign-metrics.repository';
import { seedMetrics } from '../src/seed/metrics-seed';
import { Client } from 'pg';
import { BENCH_ENV, benchApp, benchSessionCookie, fmt, measure } from './bench-support';

/**
 * Issue 12.1 target: the campaigns performance list (`GET /api/campaigns/performance`) over
 * 10 000 campaigns with 365 days of delivery each (3.65M daily rows) answers in under 100 ms
 * (median, warm) for the default sort and for each sort column, over the default 30 days.
 * Prints EXPLAIN ANALYZE of the figure ranking over 30 and 365 days so the plan (two index-only range
 * scans of the running totals, one per range end) is on record.
 */
const CAMPAIGNS = Number(process.env.BENCH_PUBLICATIONS ?? 10_000);
const DAYS = 365;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const SORTS = ['createdAt', 'name', 'spend', 'impressions', 'clicks', 'applications', 'costPerApplicant'] as const;

async function main(): Promise<void> {
  const { app, db, url } = await benchApp({ APP_ROLE: 'api' });
  try {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM publication_metrics_daily`);
    if (n < CAMPAIGNS * DAYS) {
      console.log(`seeding ${CAMPAIGNS} campaigns × ${DAYS} days …`);
      await seedMetrics(db, appConfig(), { publications: CAMPAIGNS, days: DAYS, log: (m) => console.log(`  ${m}`) });
    }
    const [counts] = await db.query(`SELECT (SELECT count(*)::int FROM campaigns) AS campaigns, (SELECT count(*)::int FROM publication_metrics_daily) AS daily,
      (SELECT count(*)::int FROM metrics_daily_campaign) AS rollup`);
    console.log(`campaigns: ${counts.campaigns.toLocaleString('en')}, daily metric rows: ${counts.daily.toLocaleString('en')}, rollup rows: ${counts.rollup.toLocaleString('en')}`);
    // A recruiter's session, as the SPA calls it (API tokens need a creator, which a bench database may lack).
    const client = new Client({ connectionString: BENCH_ENV.DATABASE_URL });
    await client.connect();
    const headers = { Cookie: await benchSessionCookie(client).finally(() => client.end()) };
    const base = `${url}/api/campaigns/performance?limit=50`;
    const cases: Array<[string, string]> = [
      ['default (newest first), 30 days', base],
      ...SORTS.slice(1).map((sort): [string, string] => [`sort=${sort}, 30 days`, `${base}&sort=${sort}`]),
      ['sort=spend, 90 days', `${base}&sort=spend&from=${daysAgo(89)}`],
      ['sort=spend, 365 days', `${base}&sort=spend&from=${daysAgo(364)}`],
      ['sort=spend, status=completed & platform=sandbox', `${base}&sort=spend&status=completed&platform=sandbox`],
      ['sort=spend, page 3 (cursor)', `${base}&sort=spend&cursor=${Buffer.from(JSON.stringify(['spend:desc', 100])).toString('base64url')}`],
    ];
    for (const [name, target] of cases) console.log(`${name.padEnd(52)} ${fmt(await measure(target, headers, SAMPLES, 5))}`);
    const ids: { id: string }[] = await db.query(`SELECT id FROM campaigns ORDER BY created_at DESC, id DESC`);
    // The ranking reads two days of the running totals, whatever the range: 30 and 365 days cost the same.
    for (const days of [30, 365]) {
      const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${rankSql('spend', 'desc')}`, [ids.map((r) => r.id).join(','), daysAgo(days - 1), daysAgo(0), 50, 0]);
      console.log(`\nEXPLAIN of the spend ranking (${days} days):\n${plan.map((p) => `  ${p['QUERY PLAN']}`).join('\n')}`);
    }
  } finally {
    await app.close();
  }
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
