import 'reflect-metadata';
import { Agent, get } from 'node:http';
import { GCProfiler } from 'node:v8';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { AppExpressAdapter } from '../../src/http/express-adapter';

/**
 * Bytes that young-generation GCs promote to the old space per request, in a process of its own (a
 * jest worker's heap carries its earlier suites' garbage, which changes what scavenges keep):
 * a minimal Nest app answering a page the size of a candidate list (47 KB), 3 000 requests over 10
 * keep-alive connections after a warm-up and a full GC. Run with --expose-gc; argv[2] picks the
 * adapter ('app': AppExpressAdapter, 'stock': Nest's own). Prints `{ promotedPerRequest, scavenges }`.
 */
const PAGE = JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i, about: 'x'.repeat(900) })));
const REQUESTS = 3000;
const CONNECTIONS = 10;

@Controller('page')
class PageController {
  @Get()
  page() {
    return PAGE;
  }
}

@Module({ controllers: [PageController] })
class PageModule {}

async function main(): Promise<void> {
  const adapter = process.argv[2] === 'stock' ? new ExpressAdapter() : new AppExpressAdapter();
  const app = await NestFactory.create(PageModule, adapter, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/page`;
  await load(url, 1000); // warm-up: compiled code, sockets
  (global as unknown as { gc: () => void }).gc();
  const profiler = new GCProfiler();
  profiler.start();
  await load(url, REQUESTS);
  const scavenges = profiler.stop().statistics.filter((gc) => gc.gcType === 'Scavenge');
  const promoted = scavenges.reduce((sum, gc) => sum + oldSpaceUsed(gc.afterGC) - oldSpaceUsed(gc.beforeGC), 0);
  await app.close();
  process.stdout.write(JSON.stringify({ promotedPerRequest: promoted / REQUESTS, scavenges: scavenges.length }));
}

type HeapStats = { heapSpaceStatistics: Array<{ spaceName: string; spaceUsedSize: number }> };

function oldSpaceUsed(stats: HeapStats): number {
  return stats.heapSpaceStatistics.filter((s) => s.spaceName === 'old_space' || s.spaceName === 'lo_space').reduce((sum, s) => sum + s.spaceUsedSize, 0);
}

/** `total` GETs of `target` over the keep-alive connections, bodies read and dropped. */
async function load(target: string, total: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let started = 0;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      get(target, { agent }, (res) => {
        res.on('data', () => undefined);
        res.on('end', resolve);
      }).on('error', reject);
    });
  const connection = async (): Promise<void> => {
    while (started < total) {
      started++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  agent.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
