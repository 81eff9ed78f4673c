// Performance pages through the real UI: the dashboard shows the same figures as the API for a period
// seeded straight into the metrics tables, charts switch to tables, CSV exports download, and an
// automation rule typed in dollars is stored in cents.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

// The API's own writer for daily metrics and the per-platform rollup (from its build, which run.mjs
// requires): the seeded rows and rollup have exactly the shape a metrics sync gives them.
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { MetricsRepository } = require('../../api/dist/performance/sync/metrics.repository.js');

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/adflux_e2e';
const DAY_MS = 86_400_000;
const day = (offset) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

// A period far in the past, so nothing else the e2e run creates (sandbox syncs report recent days) lands in it.
const RANGE = { from: day(-700), to: day(-680) };
const METRIC_DAYS = [
  { date: day(-698), impressions: 4000, reach: 3000, clicks: 120, spendMinor: 2550, conversions: 2 },
  { date: day(-690), impressions: 6000, reach: 4500, clicks: 180, spendMinor: 3725, conversions: 1 },
  { date: day(-681), impressions: 2000, reach: 1500, clicks: 60, spendMinor: 1230, conversions: 0 },
];
const APPLIED_AT = [`${day(-690)}T12:00:00Z`, `${day(-681)}T09:30:00Z`];

let browser;
let db;
/** TypeORM's `manager.query(sql, params)` → rows, over the pg client, for MetricsRepository. */
let manager;
let metrics;
let admin;
const fixture = { name: `Dashboard e2e ${unique()}` };

before(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  manager = { query: async (sql, params) => (await db.query(sql, params)).rows };
  metrics = new MetricsRepository({ manager });
  admin = await apiAs(ADMIN.email, ADMIN.password);

  // The boot seed's simulated platform: publications need a real connection.
  const connections = await admin.get('/api/platform-connections?kind=sandbox&limit=200');
  const sandbox = connections.items.find((c) => c.name === 'Sandbox') ?? connections.items[0];
  assert.ok(sandbox, 'the boot "Sandbox" connection exists');

  const {
    rows: [job],
  } = await db.query(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ($1, 'Build APIs', 'Build APIs', 'Acme', 'US', 'remote', 'full_time', 'senior', 'https://jobs.acme.example/apply', 'open') RETURNING id`,
    [`${fixture.name} job`],
  );
  const {
    rows: [campaign],
  } = await db.query(
    `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, total_budget_minor, starts_at, creative)
     VALUES ($1, $2, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', 500000, $3, '{}') RETURNING id`,
    [fixture.name, job.id, `${day(-705)}T00:00:00Z`],
  );
  // No external ids: the metrics sync skips it, so nothing overwrites the seeded days during the test.
  const {
    rows: [publication],
  } = await db.query(
    `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
     VALUES ($1, $2, 'sandbox', 'active', '{}', '{}', $3, $4, $5) RETURNING id`,
    [campaign.id, sandbox.id, `e2e-${unique()}`, `e2e${unique()}`.slice(0, 32), `${day(-705)}T00:00:00Z`],
  );
  Object.assign(fixture, { jobId: job.id, campaignId: campaign.id, publicationId: publication.id });

  for (const [i, at] of APPLIED_AT.entries()) {
    await db.query(
      `INSERT INTO applications (publication_id, tracking_code, candidate_email, source, created_at) VALUES ($1, $2, $3, 'careers-site', $4)`,
      [publication.id, 'e2e', `applicant${i}.${unique()}@e2e.local`, at],
    );
  }
  await metrics.upsertDaily(
    METRIC_DAYS.map((m) => ({ publicationId: publication.id, currency: 'USD', spendReportingMinor: m.spendMinor, ...m })),
    manager,
  );
  await metrics.refreshPlatformRollup(
    METRIC_DAYS.map((m) => m.date),
    manager,
  );
});

after(async () => {
  await browser?.close();
  if (db && fixture.campaignId) {
    // Leave the shared e2e database as we found it for the files that run after this one.
    await db.query(`DELETE FROM applications WHERE publication_id = $1`, [fixture.publicationId]);
    await db.query(`DELETE FROM campaigns WHERE id = $1`, [fixture.campaignId]); // cascades to publications and metrics
    await db.query(`DELETE FROM jobs WHERE id = $1`, [fixture.jobId]);
    await metrics.refreshPlatformRollup(
      METRIC_DAYS.map((m) => m.date),
      manager,
    );
  }
  await db?.end();
});

const digitsOf = (currency) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
const money = (minor, currency) => {
  const digits = digitsOf(currency);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
};
/** Money as KPI cards show it: cents under 10 units, whole units up to 1 000, compact above ("$12.3K"). */
const cardMoney = (minor, currency) => {
  const digits = digitsOf(currency);
  const major = minor / 10 ** digits;
  const magnitude = Math.abs(major);
  const precision = magnitude >= 1000 ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : magnitude >= 10 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, ...precision }).format(major);
};
const count = (n) => new Intl.NumberFormat('en-US').format(n);
/** The big figure of a KPI card (the card's second paragraph). */
const cardValue = async (page, name) => (await page.getByRole('group', { name, exact: true }).locator('p').nth(1).textContent()).trim();

test('the dashboard shows the figures of GET /api/dashboard/summary for the chosen period', async () => {
  const query = `from=${RANGE.from}&to=${RANGE.to}`;
  const summary = await admin.get(`/api/dashboard/summary?${query}`);
  const spend = METRIC_DAYS.reduce((s, m) => s + m.spendMinor, 0);
  const clicks = METRIC_DAYS.reduce((s, m) => s + m.clicks, 0);
  // The API agrees with what was seeded (nothing else lives in this old period)…
  assert.equal(summary.currency, 'USD');
  assert.deepEqual(
    {
      spend: summary.current.spendMinor,
      clicks: summary.current.clicks,
      applications: summary.current.applications,
      cpa: summary.current.costPerApplicantMinor,
    },
    { spend, clicks, applications: 2, cpa: Math.round(spend / 2) },
  );

  const { context, page } = await newPage(browser, { locale: 'en-US', timezoneId: 'UTC' });
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.goto(`/dashboard?${query}`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Spend', exact: true }).waitFor();

    // …and the page shows exactly the API's figures.
    const { current, currency } = summary;
    assert.equal(await cardValue(page, 'Spend'), cardMoney(current.spendMinor, currency));
    assert.equal(await cardValue(page, 'Clicks'), count(current.clicks));
    assert.equal(await cardValue(page, 'Applications'), count(current.applications));
    assert.equal(await cardValue(page, 'Cost per applicant'), cardMoney(current.costPerApplicantMinor, currency));
    assert.equal(await cardValue(page, 'Impressions'), count(current.impressions));
    // The previous period is empty: no percentage to show.
    assert.equal(summary.deltas.spendMinor.change, null);
    await page.getByRole('group', { name: 'Spend', exact: true }).getByText('No comparison: nothing in the previous 21 days').waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Custom' }).isChecked(), true);

    // The spend chart's table view has every day of the period; the seeded days carry their spend.
    const spendChart = page.getByRole('figure', { name: 'Spend per day' });
    const spendImage = spendChart.getByRole('img', { name: /^Spend per day, / });
    assert.match(await spendImage.getAttribute('aria-label'), new RegExp(`: ${escapeRegExp(money(spend, currency))} in total\\.$`));
    await spendChart.getByRole('button', { name: 'Show table: Spend per day' }).click();
    const spendTable = spendChart.getByRole('table', { name: 'Spend per day' });
    assert.equal(await spendTable.getByRole('row').count(), 21 + 1);
    const seededDay = spendTable.getByRole('row').filter({ has: page.locator(`time[datetime="${METRIC_DAYS[1].date}"]`) });
    assert.equal((await seededDay.getByRole('cell').first().textContent()).trim(), money(METRIC_DAYS[1].spendMinor, currency));

    // Its CSV export (written in the browser) has the table's rows: visible headers, money in units with the currency.
    const csvHref = await spendChart.getByRole('link', { name: 'Export CSV: spend per day' }).getAttribute('href');
    assert.match(csvHref, /^data:text\/csv;charset=utf-8,/);
    const csvText = decodeURIComponent(csvHref.replace(/^data:text\/csv;charset=utf-8,/, ''));
    const [csvHeader, ...csvRows] = csvText.split('\r\n');
    assert.match(csvHeader, /^Date,.+ \(USD\)/);
    assert.ok(csvRows.includes(`${METRIC_DAYS[1].date},${METRIC_DAYS[1].spendMinor / 100}`), csvText);

    // The campaign ranks by cost per applicant and has a pacing bar (sections drawn once scrolled to).
    await page.getByRole('heading', { name: 'Campaigns by cost per applicant' }).scrollIntoViewIfNeeded();
    const top = page.getByRole('figure', { name: 'Top campaigns' });
    await top.getByRole('button', { name: 'Show table: Top campaigns' }).click();
    const topRow = top.getByRole('row').filter({ has: page.getByRole('rowheader', { name: fixture.name }) });
    assert.match(await topRow.textContent(), new RegExp(escapeRegExp(money(current.costPerApplicantMinor, currency))));
    await page.getByRole('heading', { name: 'Budget pacing' }).scrollIntoViewIfNeeded();
    const pacingRow = page
      .getByRole('table', { name: 'Budget pacing of active campaigns' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: fixture.name }) });
    await pacingRow.getByText(money(spend, 'USD'), { exact: true }).first().waitFor();
    assert.match(await pacingRow.textContent(), new RegExp(escapeRegExp(money(500000, 'USD'))));

    // Presets replace the custom range in the URL.
    await page.getByRole('radio', { name: 'Last 7 days' }).check();
    await page.waitForURL((url) => url.search === '?range=7d');
    await page
      .getByRole('group', { name: 'Spend', exact: true })
      .getByText(/previous 7 days/)
      .waitFor();
  } finally {
    await context.close();
  }
});

test('an automation rule typed in dollars is stored in cents, and built-in rules only switch', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-US', timezoneId: 'UTC' });
  const name = `CPA guard ${unique()}`;
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Automation' }).click();
    await page.getByRole('heading', { name: 'Automation rules', level: 1 }).waitFor();

    const builtIn = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /Pause when the total budget cap is reached/ }) });
    await builtIn.getByText('Built-in').waitFor();
    assert.equal(await builtIn.getByRole('button', { name: /Edit|Delete/ }).count(), 0);

    const newRule = page.getByRole('button', { name: 'New rule' });
    await newRule.click();
    const dialog = page.getByRole('dialog', { name: 'New automation rule' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Applies to').selectOption({ label: fixture.name });
    await dialog.getByLabel('Metric').selectOption({ label: 'Cost per applicant' });
    await dialog.getByLabel('Condition').selectOption({ label: 'is more than' });
    await dialog.getByLabel('Threshold (USD)').fill('42.50');
    await dialog.getByLabel('Action').selectOption({ label: 'Notify only' });
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await row.getByText('Cost per applicant is more than $42.50 over the last 7 days').waitFor();
    const stored = (await admin.get('/api/automation-rules')).find((r) => r.name === name);
    assert.deepEqual(
      { threshold: stored.threshold, metric: stored.metric, campaignId: stored.campaignId, action: stored.action },
      { threshold: 4250, metric: 'cost_per_applicant', campaignId: fixture.campaignId, action: 'notify' },
    );

    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete rule' }).click();
    await row.waitFor({ state: 'detached' });
    assert.equal(
      (await admin.get('/api/automation-rules')).some((r) => r.name === name),
      false,
    );
  } finally {
    await context.close();
  }
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
