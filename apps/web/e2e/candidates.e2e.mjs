// Candidates through the real UI: an admin imports a small CSV (one bad row) with the file picker and
// watches it finish, finds an imported candidate with the table's search (state in the URL), edits
// them, and erases them after the confirmation. The other imported rows are erased through the API at
// the end, so files that run later (segments) see the pool they set up.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ADMIN, apiAs, launchBrowser, loginAs, newPage, unique } from './support.mjs';

// The API's import format (apps/api/src/candidates/imports/csv-columns.ts): full_name and email are required.
const HEADER = 'full_name,email,city,country_code,years_experience,skills,desired_position,seeking_status';

let browser;
let dir;
before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'adflux-candidates-e2e-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an admin imports a CSV with one bad row, sees the counts and the error, then finds, edits and erases a candidate', async () => {
  const tag = unique();
  const csvPath = join(dir, `candidates-${tag}.csv`);
  const rows = [
    HEADER,
    `Ana Import ${tag},ana.${tag}@e2e.local,Medellín,CO,6,java;sql,Backend Engineer,active`,
    `Bruno Import ${tag},bruno.${tag}@e2e.local,Madrid,ES,12,nursing,Registered Nurse,passive`,
    // Line 4: an unknown country code is an optional value: the row goes in without it, with a warning.
    `Carla Import ${tag},carla.${tag}@e2e.local,Lisbon,XX,3,sales,Sales Representative,active`,
    // Line 5: no name (required) rejects the row; the other rows still go in.
    `,dora.${tag}@e2e.local,Porto,PT,3,sales,Sales Representative,open to offers`,
  ];
  writeFileSync(csvPath, rows.join('\n') + '\n');

  const { context, page } = await newPage(browser);
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import candidates', level: 1 }).waitFor();

    await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    // The preview reads the header and the first rows before anything is imported.
    const preview = page.getByRole('table', { name: 'First rows of the file' });
    await preview.getByText('Imported, with warnings').waitFor();
    assert.equal(await page.getByLabel('Column “country_code” imports as').inputValue(), 'country_code');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.waitForURL(/\/candidates\/imports\/[0-9a-f-]{36}$/);

    // The status panel polls until the worker is done.
    const panel = page.getByRole('region', { name: `Import of candidates-${tag}.csv` });
    await panel.getByText('Completed', { exact: true }).waitFor({ timeout: 30_000 });
    assert.equal(await panel.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow'), '100');
    const counts = panel.getByLabel('Import counts');
    assert.equal((await counts.getByText('Created', { exact: true }).locator('xpath=following-sibling::dd').textContent()).trim(), '3');
    assert.equal((await counts.getByText('With warnings', { exact: true }).locator('xpath=following-sibling::dd').textContent()).trim(), '1');
    assert.equal((await counts.getByText('Rejected', { exact: true }).locator('xpath=following-sibling::dd').textContent()).trim(), '1');
    const errorRow = panel.getByRole('table', { name: 'Row errors' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) });
    await errorRow.waitFor();
    assert.match(await errorRow.textContent(), /full_name/);
    const warningRow = panel.getByRole('table', { name: 'Row warnings' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) });
    assert.match(await warningRow.textContent(), /country_code.*imported without country_code/);

    // The rejected rows download is a real CSV with the bad row.
    const download = panel.getByRole('link', { name: 'Download rejected rows (CSV)' });
    const href = await download.getAttribute('href');
    const res = await page.request.get(href);
    assert.equal(res.status(), 200);
    assert.match(await res.text(), new RegExp(`dora\\.${tag}@e2e\\.local`));

    // Back to the table: search by the tag; the search lives in the URL and survives a reload.
    await page.getByRole('link', { name: 'Candidates' }).first().click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(tag);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === tag);
    await page.reload();
    const table = page.getByRole('table', { name: 'Candidates matching the filters' });
    await table.getByRole('rowheader', { name: `Ana Import ${tag}` }).waitFor();
    await table.getByRole('rowheader', { name: `Bruno Import ${tag}` }).waitFor();
    await table.getByRole('rowheader', { name: `Carla Import ${tag}` }).waitFor(); // kept without its bad country

    // Edit a candidate.
    await table.getByRole('link', { name: `Ana Import ${tag}` }).click();
    await page.getByRole('heading', { name: `Ana Import ${tag}`, level: 1 }).waitFor();
    await page.getByLabel('Desired position').fill('Staff Engineer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Ana Import ${tag} saved.`).waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Desired position').inputValue(), 'Staff Engineer');

    // Erase after the confirmation explains what happens.
    await page.getByRole('button', { name: 'Erase candidate' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Erase Ana Import ${tag}?` });
    await confirm.getByText(/permanently erases the candidate’s personal data/).waitFor();
    await confirm.getByRole('button', { name: 'Erase personal data' }).click();
    await page.waitForURL((url) => url.pathname === '/candidates');
    await page.getByText(`Ana Import ${tag}’s personal data was erased.`).waitFor();
  } finally {
    await context.close();
    // Leave no imported candidates behind: later files (segments) segment the whole pool.
    const admin = await apiAs(ADMIN.email, ADMIN.password);
    const left = await admin.get(`/api/candidates?q=${encodeURIComponent(tag)}&limit=50`);
    for (const c of left.items) await admin.delete(`/api/candidates/${c.id}`);
  }
});
