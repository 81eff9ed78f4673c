/* global getComputedStyle */
// The reports page through the real UI: the campaign report shows the API's figures for a seeded period
// (a platform with reach and one without: "—", never 0), its CSV carries the visible columns, the job
// tab shows the funnel, and the print view hides the navigation and controls.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

// The API's own writer for daily metrics (from its build, which run.mjs requires).
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { MetricsRepository } = require('../../api/dist/performance/sync/metrics.repository.js');

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${process.env.E2E_DB_NAME ?? 'adflux_e2e'}`;
const DAY_MS = 86_400_000;
const day = (offset) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

// An old period no other file uses (the dashboard's is -700..-680; syncs report recent days).
const RANGE = { from: day(-650), to: day(-640) };
const WITH_REACH = [
  { date: day(-648), impressions: 4000, reach: 2000, uniqueClicks: 90, frequency: 2, cpmMicros: 5_000_000, clicks: 100, spendMinor: 2000, conversions: 0 },
  { date: day(-645), impressions: 2000, reach: 1000, uniqueClicks: 45, frequency: 2, cpmMicros: 5_000_000, clicks: 50, spendMinor: 1000, conversions: 0 },
];
const WITHOUT_REACH = [{ date: day(-645), impressions: 3000, reach: null, uniqueClicks: null, frequency: null, cpmMicros: 10_000_000, clicks: 60, spendMinor: 3000, conversions: 0 }];

let browser;
let db;
let admin;
const fixture = { name: `Reports e2e ${unique()}` };

before(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const manager = { query: async (sql, params) => (await db.query(sql, params)).rows };
  admin = await apiAs(ADMIN.email, ADMIN.password);
  const connections = await admin.get('/api/platform-connections?kind=sandbox&limit=200');
  const sandbox = connections.items.find((c) => c.name === 'Sandbox') ?? connections.items[0];
  // One publication per campaign and connection: the reach-less one needs a second connection.
  const second = await admin.post('/api/platform-connections', { kind: 'sandbox', name: `${fixture.name} second`, sandbox: { currency: 'USD' } });

  const insert = async (sql, params) => (await db.query(sql, params)).rows[0];
  const job = await insert(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ($1, 'Build APIs', 'Build APIs', 'Acme', 'US', 'remote', 'full_time', 'senior', 'https://jobs.acme.example/apply', 'open') RETURNING id`,
    [`${fixture.name} job`],
  );
  const campaign = await insert(
    `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
     VALUES ($1, $2, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', $3, '{}') RETURNING id`,
    [fixture.name, job.id, `${day(-655)}T00:00:00Z`],
  );
  // No external ids: the metrics sync skips them, so nothing overwrites the seeded days.
  const publication = (connectionId, platform) => insert(
    `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
     VALUES ($1, $2, $3, 'active', '{}', '{}', $4, $5, $6) RETURNING id`,
    [campaign.id, connectionId, platform, `e2e-${unique()}`, `e2e${unique()}`.slice(0, 32), `${day(-655)}T00:00:00Z`],
  );
  const withReach = await publication(sandbox.id, 'sandbox');
  const withoutReach = await publication(second.id, 'google');
  Object.assign(fixture, { jobId: job.id, campaignId: campaign.id, secondConnectionId: second.id, publicationId: withReach.id });
  await db.query(
    `INSERT INTO applications (publication_id, job_id, tracking_code, candidate_email, source, created_at, stage, screening_at, interview_at)
     VALUES ($1, $2, 'e2e', $3, 'careers-site', $4, 'interview', $4, $4), ($1, $2, 'e2e', $5, 'careers-site', $4, 'applied', NULL, NULL)`,
    [withReach.id, job.id, `r1.${unique()}@e2e.local`, `${day(-645)}T12:00:00Z`, `r2.${unique()}@e2e.local`],
  );
  const metrics = new MetricsRepository({ manager });
  const rows = (publicationId, days) => days.map((m) => ({ publicationId, currency: 'USD', spendReportingMinor: m.spendMinor, ...m }));
  await metrics.upsertDaily([...rows(withReach.id, WITH_REACH), ...rows(withoutReach.id, WITHOUT_REACH)], manager);
});

after(async () => {
  await browser?.close();
  if (db && fixture.campaignId) {
    // Leave the shared e2e database as we found it for the files that run after this one.
    await db.query(`DELETE FROM applications WHERE publication_id = $1`, [fixture.publicationId]);
    await db.query(`DELETE FROM campaigns WHERE id = $1`, [fixture.campaignId]); // cascades to publications and metrics
    await db.query(`DELETE FROM jobs WHERE id = $1`, [fixture.jobId]);
    await db.query(`DELETE FROM platform_connections WHERE id = $1`, [fixture.secondConnectionId]);
  }
  await db?.end();
});

const cellsOf = async (row) => (await row.getByRole('cell').allTextContents()).map((t) => t.trim());

test('the campaign report shows the API figures, "—" where a platform reports no reach, its CSV, the job funnel and a print view', async () => {
  const query = `from=${RANGE.from}&to=${RANGE.to}`;
  const report = await admin.get(`/api/reports/campaigns?${query}`);
  const campaignRow = report.rows.find((r) => r.key === fixture.campaignId);
  assert.deepEqual(
    { spend: campaignRow.spendMinor, reach: campaignRow.reach, frequency: campaignRow.frequency, cpm: campaignRow.cpmMinor, summed: campaignRow.reachIsDailySum },
    { spend: 6000, reach: 3000, frequency: 2, cpm: 667, summed: true },
  );

  const { context, page } = await newPage(browser, { locale: 'en-US', timezoneId: 'UTC' });
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.goto(`/reports?${query}`);
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Report per campaign' });
    const campaign = table.getByRole('row').filter({ hasText: fixture.name });
    await campaign.waitFor();
    const cells = await cellsOf(campaign);
    assert.deepEqual(cells.slice(0, 4), ['$60.00', '9,000', '3,000Σ (sum of daily reach)', '2.00']);
    const platforms = table.getByRole('row').filter({ hasText: /Google/ });
    assert.deepEqual((await cellsOf(platforms.first())).slice(0, 4), ['$30.00', '3,000', '—', '—']);

    const href = await page.getByRole('link', { name: 'Export CSV: report per campaign' }).getAttribute('href');
    const [header, ...lines] = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')).split('\r\n');
    assert.match(header, /^Campaign \/ platform \/ ad set,Spend \(USD\),Impressions,Reach,Frequency,/);
    assert.ok(lines.some((l) => l.startsWith(`${fixture.name},60,9000,3000,2,`)), lines.join('\n'));

    // Print: the page alone (no navigation, tabs, date picker or buttons), tables whose header repeats on each page.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
    assert.equal(await page.getByRole('tablist', { name: 'Reports' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    assert.equal(await page.getByRole('radio', { name: 'Custom' }).isVisible(), false);
    assert.equal(await table.isVisible(), true);
    assert.equal(await table.locator('thead').evaluate((el) => getComputedStyle(el).display), 'table-header-group');
    await page.emulateMedia({ media: 'screen' });

    // The job tab: the funnel of the job's applications.
    await page.getByRole('tab', { name: 'Jobs' }).click();
    const job = page.getByRole('table', { name: 'Report per job' }).getByRole('row').filter({ hasText: `${fixture.name} job` });
    await job.waitFor();
    // Spend, clicks, CTR, applied, screening, interview, offer, hired
    assert.deepEqual((await cellsOf(job)).slice(0, 8), ['$60.00', '210', '2.33%', '2', '1', '1', '0', '0']);
  } finally {
    await context.close();
  }
});
