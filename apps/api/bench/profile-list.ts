import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { resetAppConfig } from '../src/config/app-config';
import { configureHttpApp } from '../src/http/configure-app';
import { AppExpressAdapter } from '../src/http/express-adapter';
import { PinoNestLogger } from '../src/logging/logger';
import { BENCH_ENV, benchSessionCookie } from './bench-support';

/**
 * CPU profile of the API process while it serves GET /api/candidates under load (issue 11.24):
 * the app runs here, exactly as main.ts configures it, autocannon in a child process so its own
 * work stays out of the profile. Prints self time by function and writes the .cpuprofile.
 * Needs the seeded bench database (npm run bench -- candidates-list); run it under the bench lock:
 *   flock /work/brief/bench.lock node --max-semi-space-size=64 -r @swc-node/register apps/api/bench/profile-list.ts
 * (the flag: the Docker image's NODE_OPTIONS, so the profile shows what ships).
 * Env: PROFILE_CONNECTIONS (200), PROFILE_REQUESTS (3000), PROFILE_PORT (3914), PROFILE_OUT (/tmp/adflux-list.cpuprofile).
 * A fixed number of requests with a long timeout, not a fixed duration: on a busy machine every
 * request still completes, so CPU per request compares across runs and connection counts.
 */
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 200);
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 3000);
const PORT = Number(process.env.PROFILE_PORT ?? 3914);
const OUT = process.env.PROFILE_OUT ?? '/tmp/adflux-list.cpuprofile';
const PATH = process.env.BENCH_PATH ?? '/api/candidates?limit=50&country=ES';
const TOP = 25;

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main(): Promise<void> {
  Object.assign(process.env, BENCH_ENV, { APP_ROLE: 'api' });
  resetAppConfig();
  const db = new Client({ connectionString: BENCH_ENV.DATABASE_URL });
  await db.connect();
  const cookie = await benchSessionCookie(db).finally(() => db.end());
  const { AppModule } = await import('../src/app.module');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new AppExpressAdapter(), { logger: new PinoNestLogger(), bodyParser: false });
  configureHttpApp(app);
  await app.listen(PORT, '127.0.0.1');
  try {
    const url = `http://127.0.0.1:${PORT}${PATH}`;
    await cannon(url, cookie, Math.ceil(REQUESTS / 3)); // warm-up: JIT, pools
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const cpuBefore = process.cpuUsage();
    const summary = await cannon(url, cookie, REQUESTS);
    const cpu = process.cpuUsage(cpuBefore);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(summary);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`${CONNECTIONS} connections, ${REQUESTS} requests: process CPU ${cpuMs.toFixed(0)} ms = ${(cpuMs / REQUESTS).toFixed(2)} ms/request; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; profile: ${OUT}`);
    printSelfTime(profile as { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number });
  } finally {
    await app.close();
  }
}

/** autocannon in its own process, so its CPU stays out of the profile; resolves with its summary lines. */
function cannon(url: string, cookie: string, requests: number): Promise<string> {
  const bin = join(__dirname, '../../../node_modules/.bin/autocannon');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-c', String(CONNECTIONS), '-a', String(requests), '-t', '120', '-H', `cookie=${cookie}`, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('exit', () => resolve(out.split('\n').filter((l) => /Latency|Req\/Sec|requests in|errors|non 2xx/.test(l)).join('\n')));
  });
}

/** Self time per function (name + file:line), biggest first, as share of all samples. */
function printSelfTime(profile: { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*apps\/api\//, '');
    const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
  console.log(`\nself time by function (top ${TOP} of ${total} samples, ~${msPerSample.toFixed(2)} ms each):`);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
