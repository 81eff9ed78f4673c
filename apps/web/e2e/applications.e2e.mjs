// The hiring pipeline through the real UI: an application recorded by the ATS is moved to interview on
// its page, the timeline shows the move, and the job's Pipeline tab counts it at its new stage.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/adflux_e2e';

let browser;
let db;
let admin;
const fixture = { name: `Pipeline e2e ${unique()}`, trackingCode: `e2e${unique()}`.slice(0, 24) };

before(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  admin = await apiAs(ADMIN.email, ADMIN.password);
  const connections = await admin.get('/api/platform-connections?kind=sandbox&limit=200');
  const sandbox = connections.items.find((c) => c.name === 'Sandbox') ?? connections.items[0];
  assert.ok(sandbox, 'the boot "Sandbox" connection exists');
  // A live ad for a job (straight into the tables: publishing is another suite's subject).
  const {
    rows: [job],
  } = await db.query(
    `INSERT INTO jobs (title, description, short_description, company, country_code, remote, employment_type, experience_level, application_url, status)
     VALUES ($1, 'Care for patients', 'Care for patients', 'Acme Health', 'US', 'onsite', 'full_time', 'mid', 'https://jobs.acme.example/apply', 'open') RETURNING id`,
    [`${fixture.name} nurse`],
  );
  const {
    rows: [campaign],
  } = await db.query(
    `INSERT INTO campaigns (name, job_id, segment_ids, objective, daily_budget_minor, currency, starts_at, creative)
     VALUES ($1, $2, ARRAY[gen_random_uuid()], 'traffic', 5000, 'USD', now(), '{}') RETURNING id`,
    [fixture.name, job.id],
  );
  await db.query(
    `INSERT INTO campaign_publications (campaign_id, connection_id, platform, status, targeting, external_ids, idempotency_key, tracking_code, published_at)
     VALUES ($1, $2, 'sandbox', 'active', '{}', '{}', $3, $4, now())`,
    [campaign.id, sandbox.id, `e2e-${unique()}`, fixture.trackingCode],
  );
  Object.assign(fixture, { jobId: job.id, campaignId: campaign.id });
  // Two applications arrive the way an ATS sends them.
  fixture.ana = await admin.post('/api/applications', { trackingCode: fixture.trackingCode, candidateEmail: `ana.${unique()}@e2e.local`, source: 'greenhouse', externalId: `gh-${unique()}` });
  fixture.bo = await admin.post('/api/applications', { trackingCode: fixture.trackingCode, candidateEmail: `bo.${unique()}@e2e.local`, source: 'greenhouse', externalId: `gh-${unique()}` });
});

after(async () => {
  await browser?.close();
  if (db && fixture.campaignId) {
    await db.query(`DELETE FROM applications WHERE job_id = $1`, [fixture.jobId]);
    await db.query(`DELETE FROM campaigns WHERE id = $1`, [fixture.campaignId]);
    await db.query(`DELETE FROM jobs WHERE id = $1`, [fixture.jobId]);
  }
  await db?.end();
});

/** The "now at this stage" count on a pipeline card. */
const stageCount = async (page, stage) => (await page.getByTestId(`stage-count-${stage}`).textContent()).trim();

test('a recruiter moves an application to interview and the job pipeline counts it', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-US', timezoneId: 'UTC' });
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);

    // The job's pipeline before: two applied, nobody interviewing.
    await page.goto(`/jobs/${fixture.jobId}?tab=pipeline`);
    await page.getByRole('heading', { name: 'Hiring pipeline' }).waitFor();
    assert.equal(await stageCount(page, 'applied'), '2');
    assert.equal(await stageCount(page, 'interview'), '0');

    // The job's applications, then Ana's page.
    await page.getByRole('link', { name: "See this job's applications" }).click();
    await page.waitForURL((url) => url.pathname === '/applications' && url.searchParams.get('jobId') === fixture.jobId);
    await page.getByRole('link', { name: fixture.ana.candidateEmail }).click();
    await page.getByRole('heading', { name: fixture.ana.candidateEmail, level: 1 }).waitFor();

    await page.getByLabel('Note for the timeline (optional)').fill('Panel interview on Monday');
    await page.getByRole('button', { name: 'Move to interview' }).click();
    const timeline = page.getByRole('list', { name: 'Stage timeline' });
    await timeline.getByText('“Panel interview on Monday”').waitFor();
    // The next moves are the API's allowedStages for an interview.
    await page.getByRole('button', { name: 'Move to offer' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Move to screening' }).count(), 0);

    // The API agrees, and the job pipeline now counts one interview.
    const stored = await admin.get(`/api/applications/${fixture.ana.id}`);
    assert.equal(stored.stage, 'interview');
    assert.ok(stored.reachedAt.screening, 'skipping screening still marks it reached');
    await page.goto(`/jobs/${fixture.jobId}?tab=pipeline`);
    await page.getByRole('heading', { name: 'Hiring pipeline' }).waitFor();
    await page.getByTestId('stage-count-interview').filter({ hasText: '1' }).waitFor();
    assert.equal(await stageCount(page, 'applied'), '1');
    assert.equal(await stageCount(page, 'interview'), '1');
  } finally {
    await context.close();
  }
});
