/* global Blob, document, window */
// Every route of the SPA with demo-like data behind it, for the page-wide checks (mobile width, axe,
// Lighthouse). The data comes through the API as a user would make it: the synthetic generator,
// a segmentation run, a published sandbox campaign, an import, a user, a token and a rule.
import { ADMIN, apiAs, unique } from './support.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, probe, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not finish in time`);
    await sleep(500);
  }
}

/** Another file's run may be in flight (409): retry until this one is accepted, then wait for it. */
async function segment(admin) {
  let run;
  for (let i = 0; !run; i++) {
    try {
      run = await admin.post('/api/segmentation-runs', { k: 3 });
    } catch (error) {
      if (i > 240 || !String(error.message).includes('409')) throw error;
      await sleep(500);
    }
  }
  const done = await waitFor('segmentation', async () => {
    const current = await admin.get(`/api/segmentation-runs/${run.id}`);
    if (current.status === 'failed') throw new Error(`segmentation failed: ${current.error}`);
    return current.status === 'succeeded' && current;
  });
  if (!done.active) await admin.post(`/api/segmentation-runs/${run.id}/activate`);
  return (await admin.get('/api/segments')).items;
}

/** An open job that may be advertised anywhere: an https application page and a salary range (pay-transparency laws). */
async function advertisableJob(admin) {
  const draft = await admin.post('/api/jobs', {
    title: `Site map nurse ${unique()}`, description: 'Care for patients on our ward.', shortDescription: 'Ward nurse.', company: 'St. Mary Clinic',
    city: 'Austin', region: 'Texas', countryCode: 'US', remote: 'onsite', employmentType: 'full_time', experienceLevel: 'mid', skills: ['Nursing'],
    applicationUrl: 'https://careers.example.com/jobs/site-map', salaryMin: 60000, salaryMax: 80000, salaryCurrency: 'USD',
  });
  return admin.post(`/api/jobs/${draft.id}/transitions`, { to: 'open' });
}

async function publishedCampaign(admin, job, segments) {
  const connections = await admin.get('/api/platform-connections?kind=sandbox&limit=200');
  const sandbox = connections.items.find((c) => c.name === 'Sandbox') ?? connections.items[0];
  // The demo pool's segments may be flagged by the fairness audit (age follows experience): the admin overrides it.
  const flagged = segments[0].fairness?.flags?.length > 0;
  const campaign = await admin.post('/api/campaigns', {
    name: `Site map campaign ${unique()}`, jobId: job.id, segmentIds: [segments[0].id], connectionIds: [sandbox.id], objective: 'traffic',
    dailyBudgetMinor: 2500, currency: 'USD', startsAt: new Date().toISOString(),
    creative: { headline: job.title.slice(0, 40), primaryText: 'Join a team that ships every week.', description: 'Apply in 2 minutes', callToAction: 'APPLY_NOW' },
    ...(flagged ? { fairnessOverride: { reason: 'Site audit: the page must render a campaign on a flagged segment.' } } : {}),
  });
  await admin.post(`/api/campaigns/${campaign.id}/publish`);
  return campaign;
}

async function importedFile(admin) {
  const csv = `full_name,email,country_code,skills\nIrene Import ${unique()},irene.${unique()}@e2e.local,US,SQL;Excel\n`;
  const created = await admin.upload('/api/candidates/imports', 'file', new Blob([csv], { type: 'text/csv' }), 'site-map.csv');
  return waitFor('import', async () => {
    const current = await admin.get(`/api/candidates/imports/${created.id}`);
    return ['completed', 'failed'].includes(current.status) && current;
  });
}

/** Seeds the data (a few seconds) and returns `[{ name, path }]` for every route an admin can open. */
export async function prepareSiteMap() {
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  const generation = await admin.post('/api/data-generation', { jobs: 8, candidates: 240 });
  await waitFor('data generation', async () => {
    const current = await admin.get(`/api/data-generation/${generation.id}`);
    if (current.status === 'failed') throw new Error(`generation failed: ${current.error}`);
    return current.status === 'completed';
  });
  const segments = await segment(admin);
  const job = await advertisableJob(admin);
  const { items: candidates } = await admin.get('/api/candidates?limit=1');
  const campaign = await publishedCampaign(admin, job, segments);
  const imported = await importedFile(admin);
  await admin.post('/api/users', { email: `site.map.${unique()}@e2e.local`, name: 'Sam Sitemap', role: 'viewer' });
  await admin.post('/api/api-tokens', { name: `Site map token ${unique()}`, scopes: ['read', 'write'] });
  await admin.post('/api/automation-rules', { name: `CPA over 40 ${unique()}`, metric: 'cost_per_applicant', operator: 'gt', threshold: 4000, windowDays: 7, action: 'pause' });

  return [
    { name: 'Login', path: '/login', signedOut: true },
    { name: 'Dashboard', path: '/dashboard' },
    { name: 'Jobs', path: '/jobs' },
    { name: 'New job', path: '/jobs/new' },
    { name: 'Job', path: `/jobs/${job.id}` },
    { name: 'Edit job', path: `/jobs/${job.id}/edit` },
    { name: 'Candidates', path: '/candidates' },
    { name: 'New candidate', path: '/candidates/new' },
    { name: 'Candidate', path: `/candidates/${candidates[0].id}` },
    { name: 'Imports', path: '/candidates/imports' },
    { name: 'Import', path: `/candidates/imports/${imported.id}` },
    { name: 'Generate data', path: '/candidates/generate' },
    { name: 'Segments', path: '/segments' },
    { name: 'Segment', path: `/segments/${segments[0].id}` },
    { name: 'Campaigns', path: '/campaigns' },
    { name: 'New campaign', path: `/campaigns/new?jobId=${job.id}` },
    { name: 'Campaign', path: `/campaigns/${campaign.id}` },
    { name: 'Reports', path: '/reports' },
    { name: 'Automation', path: '/automation' },
    { name: 'Notifications', path: '/notifications' },
    { name: 'Notification preferences', path: '/notifications?tab=preferences' },
    { name: 'Users', path: '/settings/users' },
    { name: 'Platform connections', path: '/settings/platform-connections' },
    { name: 'API tokens', path: '/settings/api-tokens' },
    { name: 'Audit log', path: '/settings/audit-log' },
    { name: 'Not found', path: '/no-such-page' },
  ];
}

/** Opens a route and waits until the page has settled: a heading, no spinner, network idle. */
export async function openRoute(page, route) {
  await page.goto(route.path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  // Lower sections of long pages render when scrolled to (WhenNearViewport): scroll through, so the checks see them.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"], [role="status"]:has-text("Loading")').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
}
