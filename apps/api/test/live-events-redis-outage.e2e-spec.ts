import { EventBus } from '../src/events/event-bus';
import { createTestApp, loginAs, resetState, TestApp } from './harness';
import { within } from './private-redis';
import { PrivateRedis } from './support/redis-server';
import { SseClient } from './support/sse-client';

jest.setTimeout(120_000);

/**
 * Live updates through a Redis restart: a private redis-server is killed and started again, empty.
 * Publishing meanwhile neither throws nor waits (events are hints; rows are the truth); the open
 * stream survives, its subscriber reconnects, and since what happened meanwhile is lost the client
 * is told to refetch (`reset`), then receives new events again.
 */
describe('live updates: Redis restarted under an open stream (integration)', () => {
  let redis: PrivateRedis;
  let t: TestApp | undefined;
  let client: SseClient | undefined;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await createTestApp({ REDIS_URL: redis.url, EVENTS_HEARTBEAT_MS: '200' });
    await resetState(t.dataSource);
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    client?.close();
    await within(t?.close() ?? Promise.resolve(), 10_000);
    await redis.kill();
  });

  it('drops events while Redis is away without failing the producer, then resets the client and delivers again', async () => {
    const { port } = t!.app.getHttpServer().address() as { port: number };
    const recruiter = await loginAs(t!, 'recruiter');
    client = await SseClient.open(`http://127.0.0.1:${port}/api/events/stream`, { Cookie: recruiter.cookie });
    const bus = t!.app.get(EventBus);
    const sync = (campaignId: string) => bus.publish({ type: 'sync.finished', data: { campaignId, connectionId: null, ok: true } });
    const got = (campaignId: string) => (events: SseClient['events']) => events.some((e) => e.data.data?.campaignId === campaignId);

    expect(await sync('before')).toMatch(/^\d+-\d+$/);
    await client.waitUntil('before', got('before'));

    await redis.kill();
    const started = Date.now();
    await expect(sync('while-down')).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);

    await redis.restart();
    await client.waitUntil('reset after the subscriber reconnected', (events) => events.some((e) => e.data.type === 'reset'), 30_000);
    // Published after the reset: the subscription was renewed with the connection (retried in case the
    // first one raced the SUBSCRIBE on the new connection).
    for (let i = 0; i < 20 && !got('after')(client.events); i++) {
      await sync('after');
      await client.waitUntil('new events again', got('after'), 500).catch(() => undefined);
    }
    expect(client.events.filter((e) => e.data.data?.campaignId === 'after').length).toBeGreaterThanOrEqual(1);
    expect(client.events.some((e) => e.data.data?.campaignId === 'while-down')).toBe(false);
  });
});
