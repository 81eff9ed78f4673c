import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import { withPgClient } from './pg-client';

/** A pooled client stand-in: an EventEmitter (like pg's Client) that records how it was released. */
function fakePool() {
  const client = Object.assign(new EventEmitter(), { released: undefined as boolean | undefined, release(broken?: boolean) { this.released = !!broken; } });
  const dataSource = { driver: { master: { connect: async () => client } } } as unknown as DataSource;
  return { client, dataSource };
}

describe('withPgClient', () => {
  it("survives an 'error' event while the client is checked out (no listener would crash the process) and discards the client", async () => {
    const { client, dataSource } = fakePool();
    await withPgClient(dataSource, async (c) => {
      expect(() => c.emit('error', new Error('Connection terminated unexpectedly'))).not.toThrow();
    });
    expect(client.released).toBe(true);
    expect(client.listenerCount('error')).toBe(0);
  });

  it('returns a healthy client to the pool, and discards one whose work failed', async () => {
    const ok = fakePool();
    await expect(withPgClient(ok.dataSource, async () => 42)).resolves.toBe(42);
    expect(ok.client.released).toBe(false);
    const failed = fakePool();
    await expect(withPgClient(failed.dataSource, async () => Promise.reject(new Error('COPY failed')))).rejects.toThrow('COPY failed');
    expect(failed.client.released).toBe(true);
  });
});
