import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A real browser's EventSource on GET /api/events/stream, for the SSE bench's worker → browser figure. The API token
 * travels as a header the page adds to every request (EventSource cannot set one). Receive times are the page's wall
 * clock (performance.timeOrigin + now), comparable with the publisher's on the same machine.
 */
export class SseBrowserClient {
  private constructor(private readonly browser: Browser, private readonly page: Page) {}

  /** null when this machine has no Chromium (the bench then reports the Node client only). */
  static async open(baseUrl: string, token: string): Promise<SseBrowserClient | null> {
    if (!existsSync(CHROMIUM)) return null;
    const browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ Authorization: `Bearer ${token}` });
    await page.goto(`${baseUrl}/robots.txt`);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const got: Array<[string, number]> = [];
      (globalThis as unknown as { benchReceived: typeof got }).benchReceived = got;
      const source = new EventSource('/api/events/stream');
      source.onmessage = (event) => {
        const key = (JSON.parse(event.data) as { data?: { campaignId?: unknown } }).data?.campaignId;
        if (typeof key === 'string' && key.startsWith('bench-')) got.push([key, performance.timeOrigin + performance.now()]);
      };
      source.onopen = () => resolve();
      source.onerror = () => reject(new Error('the browser could not open the stream'));
    }));
    return new SseBrowserClient(browser, page);
  }

  /** Event key → receive time (wall clock, ms). */
  async received(): Promise<Map<string, number>> {
    return new Map(await this.page.evaluate(() => (globalThis as unknown as { benchReceived: Array<[string, number]> }).benchReceived));
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
