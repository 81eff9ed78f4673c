import { fork } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { AppProcess } from '../test/support/app-process';
import { SseClient } from '../test/support/sse-client';
import { BENCH_ENV, stats } from './bench-support';
import { SseBrowserClient } from './sse-browser-client';

/**
 * Issue 14: SSE delivery latency worker → client. A worker process (APP_ROLE=worker) publishes
 * 1 000 events through EventBus (Redis stream + pub/sub) at a steady pace; an API process
 * (APP_ROLE=api) relays them to two clients of GET /api/events/stream at once: a Node client and a
 * headless Chromium's EventSource (when /usr/bin/chromium exists). Latency = the client's receive
 * time minus the worker's publish call, both wall-clock with sub-millisecond precision.
 */
const COUNT = Number(process.env.BENCH_SSE_EVENTS ?? 1000);
const INTERVAL_MS = Number(process.env.BENCH_SSE_INTERVAL_MS ?? 5);
const wallNow = (perfNow: number) => performance.timeOrigin + perfNow;

async function main(): Promise<void> {
  const env = { ...BENCH_ENV, REDIS_URL: process.env.BENCH_REDIS_URL ?? BENCH_ENV.REDIS_URL };
  const api = await AppProcess.start('api', env);
  await api.ready();
  const worker = fork(join(__dirname, 'sse-publisher.worker.ts'), [], {
    env: { ...process.env, ...env, APP_ROLE: 'worker' }, execArgv: ['-r', '@swc-node/register'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const [{ token }] = (await once(worker, 'message')) as [{ token: string }];
    const received = new Map<string, number>();
    const client = await SseClient.open(`${api.url}/api/events/stream`, { Authorization: `Bearer ${token}` }, (e) => {
      const key = e.data.data?.campaignId;
      if (typeof key === 'string' && key.startsWith('bench-')) received.set(key, wallNow(e.receivedAt));
    });
    if (client.status !== 200) throw new Error(`stream answered ${client.status}`);
    const browser = await SseBrowserClient.open(api.url, token);
    worker.send({ count: COUNT, warmup: 50, intervalMs: INTERVAL_MS });
    const [{ sent }] = (await once(worker, 'message')) as [{ sent: Record<string, number> }];
    const deadline = Date.now() + 30_000;
    while (received.size < COUNT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    client.close();
    const delivered = [report('Node client', sent, received)];
    if (browser) {
      let inBrowser = await browser.received();
      while (inBrowser.size < COUNT && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        inBrowser = await browser.received();
      }
      await browser.close();
      delivered.push(report('Chromium EventSource', sent, inBrowser));
    } else {
      console.log('SSE worker → browser: skipped (no Chromium at /usr/bin/chromium; set CHROMIUM_PATH)');
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (delivered.some((n) => n < COUNT)) process.exitCode = 1;
  } finally {
    worker.kill('SIGTERM');
    await api.stop();
  }
}

/** Prints one client's latency line; returns how many events it received. */
function report(client: string, sent: Record<string, number>, received: Map<string, number>): number {
  const latencies = Object.entries(sent).flatMap(([key, at]) => (received.has(key) ? [received.get(key)! - at] : []));
  const s = stats(latencies);
  console.log(`SSE worker → ${client}: ${s.n}/${COUNT} events delivered (1 every ${INTERVAL_MS} ms), p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, mean ${s.mean.toFixed(2)} ms, max ${Math.max(...latencies).toFixed(2)} ms`);
  return s.n;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
