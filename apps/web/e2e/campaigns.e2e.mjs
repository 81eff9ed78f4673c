// Campaigns through the real UI: a recruiter opens a job, starts the campaign wizard from it, finds
// it filled from the job (name, text, landing page, best segment, the lone sandbox connection, an
// immediate start), sees the ad mock-up with placeholders while a field is empty, reviews, creates
// and publishes, watches the sandbox publication become active, then edits the live budget and sees
// the update reach the sandbox on the timeline. Job, candidates and a segmentation run are created
// through the API first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

/** With E2E_SHOTS_DIR set, a full-page screenshot at 1440 px wide (for reviews of the wizard). */
async function shot(page, name) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  await page.setViewportSize(size);
}

const GROUPS = [
  { position: 'Pediatric Nurse', skills: ['Nursing', 'Pediatrics', 'Patient Care'], countryCode: 'US', region: 'Texas', years: 4 },
  { position: 'Java Developer', skills: ['Java', 'Spring', 'SQL'], countryCode: 'DE', region: 'Berlin', years: 9 },
];
const PER_GROUP = 12;

let browser;
let recruiter;
let job;

async function waitForRun(api, id, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await api.get(`/api/segmentation-runs/${id}`);
    if (run.status === 'succeeded') return run;
    if (run.status === 'failed') throw new Error(`segmentation failed: ${run.error}`);
    if (Date.now() > deadline) throw new Error('segmentation did not finish in time');
    await new Promise((r) => setTimeout(r, 500));
  }
}

before(async () => {
  browser = await launchBrowser();
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  const email = `camp.recruiter.${unique()}@e2e.local`;
  const { temporaryPassword } = await admin.post('/api/users', { email, name: 'Carla Campaigns', role: 'recruiter' });
  recruiter = { email, password: temporaryPassword, api: await apiAs(email, temporaryPassword) };
  const tag = unique();

  const draft = await recruiter.api.post('/api/jobs', {
    title: `Pediatric Nurse ${tag}`, description: 'Care for children on our pediatric ward.', shortDescription: 'Pediatric nurse, flexible shifts.',
    company: 'St. Mary Clinic', city: 'Austin', region: 'Texas', countryCode: 'US', remote: 'onsite', employmentType: 'full_time',
    experienceLevel: 'mid', skills: ['Nursing', 'Pediatrics'], applicationUrl: 'https://careers.example.com/jobs/rn',
  });
  job = await recruiter.api.post(`/api/jobs/${draft.id}/transitions`, { to: 'open' });

  for (const [g, group] of GROUPS.entries()) {
    for (let i = 0; i < PER_GROUP; i++) {
      await recruiter.api.post('/api/candidates', {
        fullName: `${group.position} ${g}-${i} ${tag}`, email: `camp.${g}.${i}.${tag}@e2e.local`,
        location: { countryCode: group.countryCode, region: group.region }, yearsExperience: group.years + (i % 3), educationLevel: 'bachelor',
        skills: group.skills, desiredSalary: 50000 + i * 100, desiredSalaryCurrency: 'USD', desiredPosition: group.position,
        seekingStatus: 'active', preferredEmploymentType: 'full_time',
      });
    }
  }
  // Another file's run may be in flight: retry until this one is accepted.
  let run;
  for (let i = 0; !run; i++) {
    try {
      run = await recruiter.api.post('/api/segmentation-runs', { k: 2 });
    } catch (error) {
      if (i > 120 || !String(error.message).includes('409')) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const done = await waitForRun(recruiter.api, run.id);
  if (!done.active) await recruiter.api.post(`/api/segmentation-runs/${run.id}/activate`);
});

after(async () => {
  await browser?.close();
});

test('a recruiter creates a campaign with the wizard and publishes it to the sandbox, where it becomes active', async () => {
  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, recruiter.email, recruiter.password);
    // The live preview must never answer an error while the form is half-filled.
    const previewErrors = [];
    page.on('response', (res) => {
      if (res.url().endsWith('/api/campaigns/preview') && res.status() >= 400) previewErrors.push(res.status());
    });
    await page.goto(`/jobs/${job.id}`);
    await page.getByRole('heading', { name: job.title, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { name: 'New campaign', level: 1 }).waitFor();

    // 1. Job: pre-selected from the job's page.
    assert.equal(await page.getByLabel('Job to advertise').inputValue(), job.id);
    await page.getByRole('button', { name: 'Next' }).click();

    // 2. Segments: ranked for the job; the best fit (the nurses) is pre-selected.
    const best = page.getByRole('checkbox', { name: /\(best\)$/ });
    await best.waitFor();
    const bestLabel = await page.locator(`label[for="${await best.getAttribute('id')}"]`).textContent();
    assert.match(bestLabel, /% match/);
    await page.getByRole('checkbox', { name: /\(best\)$/, checked: true }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. Platforms: the boot sandbox connection, labelled as simulated, pre-selected as the only one.
    await page.getByText('Simulated: nothing is published or spent').first().waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Sandbox' }).isChecked(), true);
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. Budget and schedule: named after the job, starting immediately.
    assert.match(await page.getByLabel('Campaign name').inputValue(), new RegExp(`^${job.title} – `));
    assert.equal(await page.getByRole('radio', { name: 'Immediately, once published' }).isChecked(), true);
    await page.getByLabel('Daily budget').fill('30');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. Creative: filled from the job, with a live mock-up; emptied fields show placeholders, not errors.
    assert.equal(await page.getByLabel('Headline').inputValue(), job.title);
    assert.equal(await page.getByLabel('Primary text').inputValue(), 'Pediatric nurse, flexible shifts.');
    await page.getByRole('link', { name: 'https://careers.example.com/jobs/rn' }).waitFor();
    const mockup = page.getByRole('region', { name: 'Sandbox ad mock-up' });
    await mockup.getByText(job.title, { exact: true }).waitFor();
    await page.getByLabel('Headline').fill('');
    await mockup.getByText('Headline', { exact: true }).waitFor();
    await page.getByText('Write a headline.').waitFor();
    await page.getByLabel('Headline').fill('Pediatric Nurse in Austin');
    await page.getByLabel('Description').fill('Apply in 2 minutes');
    await mockup.getByText('Meets the Sandbox employment-ad rules and text limits.').waitFor();
    await shot(page, 'wizard-creative');
    await page.getByRole('button', { name: 'Next' }).click();

    // 6. Review: everything that will be published, targeting derived from the job (Austin), the audience it reaches.
    await page.getByRole('group', { name: /^Targeting for Sandbox/ }).waitFor();
    assert.match(await page.getByLabel('Cities').inputValue(), /^Austin, US, 40/);
    await page.getByText('Starts as soon as it is published').waitFor();
    await page.getByTestId('audience-estimate').waitFor();
    await page.getByRole('region', { name: 'Sandbox ad mock-up' }).getByText('Pediatric Nurse in Austin').waitFor();
    await shot(page, 'wizard-review');
    assert.deepEqual(previewErrors, []);
    await page.getByRole('button', { name: 'Create and publish' }).click();

    // The detail page: the sandbox publication goes live; its object ids and the timeline appear.
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const publications = page.getByRole('region', { name: 'Publications', exact: true });
    await publications.getByText('Active', { exact: true }).waitFor({ timeout: 60_000 });
    for (const step of ['campaign', 'adset', 'ad']) await publications.getByText(step, { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Timeline' }).getByText('Sandbox: published and active.').waitFor();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop();
    const campaign = await recruiter.api.get(`/api/campaigns/${id}`);
    assert.equal(campaign.status, 'active');
    assert.deepEqual(Object.keys(campaign.publications[0].externalIds).sort(), ['ad', 'adset', 'campaign']);

    // Edit the live campaign's budget: saved, sent to the sandbox by an update job, shown on the timeline.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit live campaign', level: 1 }).waitFor();
    await page.getByLabel('Daily budget (USD)').fill('45');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByRole('list', { name: 'Timeline' }).getByText('Sandbox: daily budget updated on the platform.').waitFor({ timeout: 60_000 });
    assert.equal((await recruiter.api.get(`/api/campaigns/${id}`)).dailyBudgetMinor, 4500);
  } finally {
    await context.close();
  }
});

test('the campaigns list: a recruiter selects two live campaigns, pauses both at once and sees them paused', async () => {
  const tag = unique();
  const [sandbox] = (await recruiter.api.get('/api/platform-connections')).items.filter((c) => c.kind === 'sandbox');
  const segments = await recruiter.api.get('/api/segments');
  const segmentIds = (segments.items ?? segments.segments).slice(0, 1).map((s) => s.id);
  const ids = [];
  for (const name of [`Bulk A ${tag}`, `Bulk B ${tag}`]) {
    const created = await recruiter.api.post('/api/campaigns', {
      name, jobId: job.id, segmentIds, connectionIds: [sandbox.id], objective: 'traffic', dailyBudgetMinor: 4000, currency: 'USD',
      startsAt: new Date().toISOString(), creative: { headline: 'Pediatric Nurse in Austin', primaryText: 'Join our pediatric ward.', description: 'Apply in 2 minutes', callToAction: 'APPLY_NOW' },
    });
    await recruiter.api.post(`/api/campaigns/${created.id}/publish`);
    ids.push(created.id);
  }
  for (const id of ids) {
    for (let i = 0; (await recruiter.api.get(`/api/campaigns/${id}`)).status !== 'active'; i++) {
      if (i > 120) throw new Error('campaign did not go live');
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  try {
    await loginAs(page, recruiter.email, recruiter.password);
    await page.goto(`/campaigns?q=${encodeURIComponent(tag)}`);
    const table = page.getByRole('table', { name: 'Campaigns' });
    await table.getByRole('rowheader', { name: `Bulk A ${tag}` }).waitFor();
    assert.equal(await page.getByRole('switch', { name: `Running: Bulk A ${tag}` }).getAttribute('aria-checked'), 'true');
    await page.getByRole('checkbox', { name: `Select Bulk A ${tag}` }).check();
    await page.getByRole('checkbox', { name: `Select Bulk B ${tag}` }).check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByText('2 campaigns pausing').waitFor();
    // The worker applies the pause on the sandbox; the list shows it once the publications are paused.
    for (let i = 0; ; i++) {
      const states = await Promise.all(ids.map((id) => recruiter.api.get(`/api/campaigns/${id}`).then((c) => c.status)));
      if (states.every((s) => s === 'paused')) break;
      if (i > 120) throw new Error(`campaigns not paused: ${states}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    await page.reload();
    for (const name of [`Bulk A ${tag}`, `Bulk B ${tag}`]) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      await row.getByText('Paused', { exact: true }).waitFor();
      assert.equal(await row.getByRole('switch').getAttribute('aria-checked'), 'false');
    }
    if (process.env.E2E_SHOTS_DIR) {
      await page.goto('/campaigns');
      await table.getByRole('rowheader').first().waitFor();
      await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/campaigns-list.png`, fullPage: true });
    }
  } finally {
    await context.close();
  }
});
