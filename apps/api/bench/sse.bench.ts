import { fork } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { AppProcess } from '../test/support/app-process';
import { SseClient } from '../test/support/sse-client';
import { BENCH_ENV, stats } from './bench-support';

/**
 * Issue 14: SSE delivery latency worker → client. A worker process (APP_ROLE=worker) publishes
 * 1 000 events through EventBus (Redis stream + pub/sub) at a steady pace; an API process
 * (APP_ROLE=api) relays them to a client of GET /api/events/stream. Latency = the client's parse
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
    worker.send({ count: COUNT, warmup: 50, intervalMs: INTERVAL_MS });
    const [{ sent }] = (await once(worker, 'message')) as [{ sent: Record<string, number> }];
    const deadline = Date.now() + 30_000;
    while (received.size < COUNT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    client.close();

    const latencies = Object.entries(sent).flatMap(([key, at]) => (received.has(key) ? [received.get(key)! - at] : []));
    const s = stats(latencies);
    const max = Math.max(...latencies);
    console.log(`SSE worker → client: ${s.n}/${COUNT} events delivered (1 every ${INTERVAL_MS} ms), p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, mean ${s.mean.toFixed(2)} ms, max ${max.toFixed(2)} ms`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (s.n < COUNT) process.exitCode = 1;
  } finally {
    worker.kill('SIGTERM');
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
