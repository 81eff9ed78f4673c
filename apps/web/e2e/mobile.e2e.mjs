/* global window, document, getComputedStyle */
// Every route at 390 × 844 (a phone), as an admin with demo-like data: nothing scrolls sideways,
// tables turn into stacked cards and list filters fold into a panel. E2E_SHOTS_DIR=<dir> also
// saves a screenshot of two pages there.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ADMIN, launchBrowser, loginAs, newPage } from './support.mjs';
import { openRoute, prepareSiteMap } from './site-map.mjs';

// Not `isMobile`: Chromium's mobile emulation widens the layout viewport to fit wide content,
// which would hide exactly the overflow this file looks for.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true };
const SHOTS = process.env.E2E_SHOTS_DIR;

let browser;
let routes;
before(async () => {
  browser = await launchBrowser();
  routes = await prepareSiteMap();
});
after(async () => {
  await browser?.close();
});

/** The page's overflow, and the elements that stick out past the viewport's right edge (to name the culprit). */
const measureOverflow = () => {
  const width = window.innerWidth;
  const offenders = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length > 0)
    .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5)
    .slice(0, 5)
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> right=${Math.round(el.getBoundingClientRect().right)}`);
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders };
};

test('no page scrolls sideways at 390 px', async () => {
  const signedOut = await newPage(browser, PHONE);
  const signedIn = await newPage(browser, PHONE);
  const failures = [];
  try {
    await loginAs(signedIn.page, ADMIN.email, ADMIN.password);
    for (const route of routes) {
      const { page } = route.signedOut ? signedOut : signedIn;
      await openRoute(page, route);
      const { scrollWidth, innerWidth, offenders } = await page.evaluate(measureOverflow);
      if (scrollWidth > PHONE.viewport.width || innerWidth !== PHONE.viewport.width) failures.push(`${route.name} (${route.path}): ${scrollWidth} px wide in a ${innerWidth} px window; sticking out: ${offenders.join('; ')}`);
      if (SHOTS && ['Users', 'Campaign'].includes(route.name)) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `mobile-${route.name.toLowerCase()}.png`), fullPage: true });
      }
    }
  } finally {
    await signedOut.context.close();
    await signedIn.context.close();
  }
  assert.deepEqual(failures, [], `pages wider than the screen:\n${failures.join('\n')}`);
});

test('tables are stacked cards under 640 px, with each value labelled by its column', async () => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.goto('/settings/api-tokens');
    const table = page.getByRole('table', { name: /tokens/i });
    const firstRow = table.locator('tbody tr').first();
    await firstRow.waitFor();
    const headers = await table.locator('thead').boundingBox();
    assert.ok(headers.height <= 1 && headers.width <= 1, 'column headers are visually hidden on a phone (kept for screen readers)');
    const card = await firstRow.evaluate((tr) => ({ display: getComputedStyle(tr).display, label: getComputedStyle(tr.querySelector('td'), '::before').content }));
    assert.equal(card.display, 'block');
    assert.notEqual(card.label, 'none', 'each value shows its column name');

    await page.setViewportSize({ width: 1280, height: 800 });
    assert.ok((await table.locator('thead').boundingBox()).height > 20, 'a real table on a wide screen');
    assert.equal(await firstRow.evaluate((tr) => getComputedStyle(tr).display), 'table-row');
  } finally {
    await context.close();
  }
});

test('list filters fold into a panel on a phone and stay open on a wide screen', async () => {
  const { context, page } = await newPage(browser, PHONE);
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.goto('/jobs');
    const toggle = page.getByRole('button', { name: /^(Filters|Filters \(applied\)|Hide filters)$/ });
    const search = page.getByRole('search', { name: 'Filter jobs' });
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await search.getByLabel('Skill').isVisible(), false, 'folded');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await search.getByLabel('Skill').fill('sql');
    await search.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/skill=sql/);

    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await toggle.isVisible(), false, 'no toggle on a wide screen');
    assert.equal(await search.getByLabel('Skill').isVisible(), true);
  } finally {
    await context.close();
  }
});

test('at 1440 px no page scrolls sideways, and the audit log and jobs tables fit without their own scrollbar', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  const failures = [];
  try {
    await loginAs(page, ADMIN.email, ADMIN.password);
    for (const route of routes.filter((r) => !r.signedOut)) {
      await openRoute(page, route);
      const { scrollWidth, innerWidth } = await page.evaluate(measureOverflow);
      if (scrollWidth > innerWidth) failures.push(`${route.name} (${route.path}): ${scrollWidth} px wide in a ${innerWidth} px window`);
    }
    // Lists people read row by row fit without their own sideways scrollbar (wide KPI breakdowns may scroll).
    for (const [path, table] of [['/settings/audit-log', 'Audit log entries'], ['/jobs', 'Jobs']]) {
      await openRoute(page, { path });
      const box = page.getByRole('region', { name: table, exact: true });
      const fit = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      if (fit.scrollWidth > fit.clientWidth) failures.push(`${table} table: ${fit.scrollWidth} px of content in a ${fit.clientWidth} px box`);
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(failures, [], failures.join('\n'));
});
