// Jobs through the real UI: the seeded admin creates a job with the form, opens it, closes it
// (confirming, with a reason) and sees the status badge change on the page and in the filtered list.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A calendar day `days` from today (UTC), as the date input wants it. */
const dayFromNow = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('an admin creates a job through the form, opens it, closes it and sees the status change', async () => {
  const { context, page } = await newPage(browser);
  const title = `Platform Engineer ${unique()}`;
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New job' }).click();
    await page.getByRole('heading', { name: 'New job', level: 1 }).waitFor();

    // The client checks first: an http URL is refused before anything is sent.
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Company', { exact: true }).fill('Acme GmbH');
    await page.getByLabel('Short description', { exact: true }).fill('Run our Kubernetes platform.');
    await page.getByLabel('Description', { exact: true }).fill('You keep our clusters healthy and our engineers fast.');
    await page.getByLabel('City', { exact: true }).fill('Berlin');
    await page.getByLabel('Country code', { exact: true }).fill('de');
    await page.getByLabel('Employment type', { exact: true }).selectOption('full_time');
    await page.getByLabel('Experience level', { exact: true }).selectOption('senior');
    await page.getByLabel('Skills', { exact: true }).fill('Kubernetes, Go, Terraform');
    await page.getByLabel('Minimum salary', { exact: true }).fill('70000');
    await page.getByLabel('Maximum salary', { exact: true }).fill('90000');
    await page.getByLabel('Salary currency', { exact: true }).fill('EUR');
    await page.getByLabel('Closing date', { exact: true }).fill(dayFromNow(30));
    await page.getByLabel('Application URL', { exact: true }).fill('http://careers.example.com/platform');
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.getByText('Enter an https:// address').waitFor();
    await page.getByLabel('Application URL', { exact: true }).fill('https://careers.example.com/platform');
    await page.getByRole('button', { name: 'Create job' }).click();

    // The new draft's page.
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const main = page.getByRole('main');
    const badge = (status) => main.getByText(status, { exact: true });
    await badge('Draft').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop();
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal(await main.getByRole('link', { name: 'Create campaign' }).count(), 0, 'a draft cannot be advertised yet');
    assert.equal(await main.getByRole('button', { name: 'Close', exact: true }).count(), 0, 'a draft cannot be closed');

    // Open it: the badge changes and the open job's actions appear.
    await main.getByRole('button', { name: 'Open', exact: true }).click();
    await badge('Open').waitFor();
    await main.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    assert.equal(await main.getByRole('button', { name: 'Open', exact: true }).count(), 0);
    assert.equal(await main.getByRole('link', { name: 'Create campaign' }).getAttribute('href'), `/campaigns/new?jobId=${id}`);

    // Close it, after confirming, with a reason.
    await main.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: `Close “${title}”?` });
    await dialog.getByLabel('Reason (optional)').fill('Hired through a referral');
    await dialog.getByRole('button', { name: 'Close job' }).click();
    await dialog.waitFor({ state: 'detached' });
    await badge('Closed').waitFor();
    for (const name of ['Open', 'Reopen', 'Pause', 'Close', 'Mark filled']) {
      assert.equal(await main.getByRole('button', { name, exact: true }).count(), 0, `no ${name} on a closed job`);
    }
    assert.equal(await main.getByRole('link', { name: 'Edit' }).count(), 0, 'a closed job cannot be edited');
    assert.equal(await main.getByRole('link', { name: 'Create campaign' }).count(), 0, 'a closed job is not advertised');

    const admin = await apiAs(ADMIN.email, ADMIN.password);
    const saved = await admin.get(`/api/jobs/${id}`);
    assert.equal(saved.status, 'closed');
    assert.deepEqual(saved.salary, { min: 70000, max: 90000, currency: 'EUR' });
    assert.deepEqual(saved.skills, ['kubernetes', 'go', 'terraform']);
    assert.equal(saved.location.countryCode, 'DE');

    // The list, filtered through the URL (survives a reload), shows the closed badge.
    await page.goto(`/jobs?status=closed&q=${encodeURIComponent(title)}`);
    await page.reload();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
    await row.getByText('Closed', { exact: true }).waitFor();
    assert.equal(await page.getByLabel('Status', { exact: true }).inputValue(), 'closed');
    assert.equal(await page.getByLabel('Search', { exact: true }).inputValue(), title);
  } finally {
    await context.close();
  }
});

test('a viewer reads jobs but gets no New job, Edit or status buttons', async () => {
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  const email = `job.viewer.${unique()}@e2e.local`;
  const password = 'viewer-password-e2e';
  await admin.post('/api/users', { email, name: 'Val Viewer', role: 'viewer', password });
  const job = await admin.post('/api/jobs', {
    title: `Data Analyst ${unique()}`,
    description: 'Numbers.',
    shortDescription: 'Numbers',
    company: 'Acme GmbH',
    countryCode: 'ES',
    remote: 'remote',
    employmentType: 'contract',
    experienceLevel: 'mid',
  });
  await admin.post(`/api/jobs/${job.id}/transitions`, { to: 'open' });

  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, email, password);
    await page.goto('/jobs');
    await page.getByRole('rowheader', { name: job.title, exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'New job' }).count(), 0);
    await page.getByRole('link', { name: job.title, exact: true }).click();
    await page.getByRole('heading', { name: job.title, level: 1 }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('Open', { exact: true }).waitFor();
    for (const name of ['Pause', 'Close', 'Mark filled', 'Archive']) assert.equal(await main.getByRole('button', { name, exact: true }).count(), 0);
    assert.equal(await main.getByRole('link', { name: 'Edit' }).count(), 0);
  } finally {
    await context.close();
  }
});
