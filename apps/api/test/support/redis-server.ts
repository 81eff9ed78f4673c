import type { ChildProcess } from 'node:child_process';
import { freePort, startRedis, stopRedis } from '../private-redis';

/**
 * A private, memory-only redis-server (test/private-redis.ts) kept under one handle, so a test or
 * the fault suite can kill it and start it again, empty, on the same port (clients reconnect).
 */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(port?: number): Promise<PrivateRedis> {
    const redis = new PrivateRedis(port ?? (await freePort()));
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async restart(): Promise<void> {
    this.child = await startRedis(this.port);
  }

  /** SIGKILL: no shutdown save, clients see the connection drop. */
  async kill(): Promise<void> {
    if (this.child) await stopRedis(this.child);
  }
}
