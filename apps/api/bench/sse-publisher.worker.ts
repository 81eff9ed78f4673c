import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventBus } from '../src/events/event-bus';
import { benchToken } from './bench-support';

/**
 * Child process of sse.bench.ts: the application as a worker runs it (APP_ROLE=worker, the whole
 * module graph, Bull processors and schedulers included), publishing live events through the real
 * EventBus. Sends the parent an API token, then on `go` publishes the events at a steady pace and
 * reports when each was handed to Redis (wall clock, sub-millisecond).
 */
async function main(): Promise<void> {
  const { AppModule } = await import('../src/app.module');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  const bus = app.get(EventBus);
  process.send!({ token: await benchToken(app.get<DataSource>(getDataSourceToken())) });
  process.on('message', async (msg: { count: number; warmup: number; intervalMs: number }) => {
    const now = () => performance.timeOrigin + performance.now();
    for (let i = 0; i < msg.warmup; i++) await bus.publish({ type: 'sync.finished', data: { campaignId: `warmup-${i}`, connectionId: null, ok: true } });
    const sent: Record<string, number> = {};
    const started = now();
    for (let i = 0; i < msg.count; i++) {
      const due = started + i * msg.intervalMs;
      const wait = due - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const key = `bench-${i}`;
      sent[key] = now();
      await bus.publish({ type: 'sync.finished', data: { campaignId: key, connectionId: null, ok: true } });
    }
    process.send!({ sent });
    await app.close();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
