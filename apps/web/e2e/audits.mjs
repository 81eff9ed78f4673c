/* global window, document */
// The two page audits the suite asserts on: axe-core injected into a Playwright page, and Lighthouse
// (desktop preset) driving its own headless Debian Chromium through chrome-launcher.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now, every impact level, as `rule (impact): target` lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * Lighthouse scores (0–100) for one URL. `cookie` signs the run in: it is sent as a header on every
 * request of the audited page.
 */
export async function lighthouseScores(url, { cookie } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, extraHeaders: cookie ? { Cookie: cookie } : undefined };
    const { lhr } = await lighthouse(url, flags, desktopConfig);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    // Name what cost points, so a failing assertion says what to fix.
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id}: ${a.displayValue ?? a.score}`);
    // A run Lighthouse could not finish (lhr.runtimeError, e.g. no paint seen on a loaded machine) has no
    // metric values and scores 0: the caller's next attempt decides, and the log says why.
    const metric = (id, digits = 0) => {
      const value = lhr.audits[id]?.numericValue;
      return value === undefined ? null : Number(value.toFixed(digits));
    };
    const metrics = { lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift', 3) };
    return { scores, failing, metrics, runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null };
  } finally {
    await chrome.kill();
  }
}
