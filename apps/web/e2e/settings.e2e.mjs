// Admin settings through the real UI: users, API tokens, sign-out; and what a viewer may not see.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN, BASE_URL, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The table row whose row header has this exact name. */
const rowNamed = (page, name) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

const bearerStatus = async (secret) => (await fetch(`${BASE_URL}/api/auth/me`, { headers: { Authorization: `Bearer ${secret}` } })).status;

test('an admin invites a recruiter, creates and revokes an API token, and signs out', async () => {
  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Users', level: 2 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/settings/users');

    // Invite a recruiter; the generated password is shown once and really works.
    const name = `Rita ${unique()}`;
    const email = `rita.${unique()}@e2e.local`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption('recruiter');
    await page.getByRole('button', { name: 'Invite user' }).click();
    const temporaryPassword = (await page.getByLabel('Temporary password').textContent()).trim();
    assert.ok(temporaryPassword.length >= 12, 'a generated password is shown');
    const row = rowNamed(page, name);
    await row.waitFor();
    assert.equal(await row.getByLabel(`Role for ${name}`).inputValue(), 'recruiter');
    assert.match(await row.textContent(), /Active/);
    const recruiter = await apiAs(email, temporaryPassword);
    assert.equal((await recruiter.get('/api/auth/me')).role, 'recruiter');

    // Create a token: the secret appears once, in a dialog, and authenticates.
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
    const tokenName = `BI export ${unique()}`;
    await page.getByLabel('Token name').fill(tokenName);
    await page.getByLabel('Write').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: `Token “${tokenName}” created` });
    await dialog.getByText('This is the only time the secret is shown.').waitFor();
    const secret = await dialog.getByLabel('Token secret').inputValue();
    assert.ok(secret.length > 20);
    assert.equal(await bearerStatus(secret), 200);
    await dialog.getByRole('button', { name: 'I have saved the secret' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.ok(!(await page.content()).includes(secret), 'the secret is gone from the page');

    const tokenRow = rowNamed(page, tokenName);
    await tokenRow.getByText('Active').waitFor();
    assert.match(await tokenRow.textContent(), /read.*write/);

    // Revoke it, after confirming; it stops working at once.
    await tokenRow.getByRole('button', { name: `Revoke ${tokenName}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke token' }).click();
    await tokenRow.getByText('Revoked').waitFor();
    assert.equal(await tokenRow.getByRole('button', { name: `Revoke ${tokenName}` }).count(), 0);
    assert.equal(await bearerStatus(secret), 401);

    // The audit log has the revocation; its deep link survives a reload (the API serves index.html).
    await page.goto('/settings/audit-log?action=api_token.revoked');
    await page.reload();
    await page.getByRole('table', { name: 'Audit log entries for api_token.revoked' }).getByRole('rowheader', { name: 'api_token.revoked' }).first().waitFor();

    // Sign out: back on a clean login page, and the session is really over.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/login');
    await page.goto('/settings/users');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/settings/users');
  } finally {
    await context.close();
  }
});

test('a viewer sees no Settings link and gets the 403 page at /settings/users', async () => {
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  const email = `vic.${unique()}@e2e.local`;
  const password = 'viewer-password-e2e';
  await admin.post('/api/users', { email, name: 'Vic Viewer', role: 'viewer', password });

  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, email, password);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Campaigns' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Settings' }).count(), 0);
    assert.match(await page.locator('aside').textContent(), /viewer/);

    await page.goto('/settings/users');
    await page.getByRole('heading', { name: 'Access denied' }).waitFor();
    assert.ok(await page.getByText('Error 403').isVisible());
    assert.equal(await page.getByRole('button', { name: 'Invite user' }).count(), 0);
  } finally {
    await context.close();
  }
});

test('on a phone-sized screen the menu button reveals the navigation', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } });
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('link', { name: 'Settings' }).count(), 0, 'the sidebar is hidden');
    await menu.click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Users', level: 2 }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu closes after navigating');
  } finally {
    await context.close();
  }
});
