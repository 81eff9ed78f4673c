/* global Blob, document */
// The notification centre in a real browser: an import a recruiter uploads ends, the bell in the top bar
// counts it, the panel (keyboard, axe-clean) leads to the import and marks it read; preferences save.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';
import { axeViolations } from './audits.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function newRecruiter() {
  const admin = await apiAs(ADMIN.email, ADMIN.password);
  const email = `nora.${unique()}@e2e.local`;
  const created = await admin.post('/api/users', { email, name: `Nora ${unique()}`, role: 'recruiter' });
  return { email, password: created.temporaryPassword, api: await apiAs(email, created.temporaryPassword) };
}

test('a finished import shows in the bell; the panel opens by keyboard, leads to the import and marks it read', async () => {
  const recruiter = await newRecruiter();
  const file = `nurses-${unique()}.csv`;
  const csv = `full_name,email\nNina Nurse,nina.${unique()}@e2e.local\n`;
  const upload = await recruiter.api.upload('/api/candidates/imports', 'file', new Blob([csv], { type: 'text/csv' }), file);
  const title = `Import of ${file} finished`;
  let notification;
  for (let i = 0; !notification; i++) {
    notification = (await recruiter.api.get('/api/notifications')).items.find((n) => n.title === title);
    if (!notification && i > 120) throw new Error('no import notification within 60 s');
    await sleep(500);
  }

  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, recruiter.email, recruiter.password);
    // The landing page (a lazily loaded script) must have rendered its heading before axe judges the page.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const bell = page.getByRole('button', { name: /^Notifications: [1-9]\d* unread notifications?$/ });
    await bell.waitFor();
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Notifications' });
    await panel.waitFor();
    const link = panel.getByRole('link', { name: title });
    await link.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the open panel passes axe');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.ok(await bell.evaluate((el) => el === document.activeElement), 'focus is back on the bell');

    await bell.click();
    await panel.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname === `/candidates/imports/${upload.id}`);
    for (let i = 0; ; i++) {
      const now = (await recruiter.api.get('/api/notifications')).items.find((n) => n.id === notification.id);
      if (now.readAt) break;
      if (i > 20) throw new Error('the followed notification was not marked read');
      await sleep(250);
    }

    // Preferences: the recruiter turns e-mail on for finished imports; the server keeps it.
    await page.goto('/notifications?tab=preferences');
    await page.getByRole('checkbox', { name: 'A candidate import finished: by e-mail' }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Saved.').waitFor();
    const saved = (await recruiter.api.get('/api/notifications/preferences')).items.find((p) => p.kind === 'import_finished');
    assert.deepEqual([saved.inApp, saved.email], [true, true]);
  } finally {
    await context.close();
  }
});
