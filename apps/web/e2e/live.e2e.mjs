// Live updates in a real browser: the signed-in shell opens one EventSource on the built SPA (session
// cookie, same origin), shows the "Live" indicator, and the events of an import run by the worker reach
// the browser while the import page follows it to the end.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN, launchBrowser, loginAs, newPage, unique } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the browser receives a worker\'s import events over SSE and the page follows them', async () => {
  const { context, page } = await newPage(browser);
  try {
    // Chromium reports every SSE message it parses: proof the events reached the browser itself.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const messages = [];
    cdp.on('Network.eventSourceMessageReceived', (m) => messages.push({ id: m.eventId, ...JSON.parse(m.data) }));
    const streams = [];
    page.on('request', (r) => r.url().includes('/api/events/stream') && streams.push(r.url()));

    await loginAs(page, ADMIN.email, ADMIN.password);
    await page.getByRole('status').filter({ hasText: 'Live updates on' }).waitFor();

    const tag = unique();
    const csv = ['full_name,email,years_experience', ...Array.from({ length: 5 }, (_, i) => `Live ${tag} ${i},live.${tag}.${i}@e2e.local,${i}`)].join('\n');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: `live-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.waitForURL(/\/candidates\/imports\/[0-9a-f-]{36}$/);
    const importId = page.url().split('/').at(-1);
    await page.getByRole('region', { name: `Import of live-${tag}.csv` }).getByText('Completed', { exact: true }).waitFor({ timeout: 30_000 });

    const deadline = Date.now() + 10_000;
    const done = () => messages.find((m) => m.type === 'import.progress' && m.data.importId === importId && m.data.status === 'completed');
    while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(done(), `no import.progress completed event; got ${JSON.stringify(messages)}`);
    assert.match(done().id, /^\d+-\d+$/);
    // One stream for the whole visit (client-side navigation keeps it), never one per page or component.
    assert.equal(streams.length, 1);
  } finally {
    await context.close();
  }
});
