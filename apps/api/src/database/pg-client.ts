import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';

/** TypeORM's own pg pool (same connections and limits as the rest of the app). */
export function pgPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** A raw pg client from TypeORM's pool, for COPY and long-lived temp tables; always released. */
export async function withPgClient<T>(dataSource: DataSource, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool(dataSource).connect();
  let broken = false;
  try {
    return await fn(client);
  } catch (error) {
    broken = true; // a failed COPY can leave the connection mid-protocol: do not reuse it
    throw error;
  } finally {
    client.release(broken);
  }
}

/** `COPY <target> FROM STDIN` fed from strings (COPY text lines), with backpressure. */
export async function copyIn(client: ClientBase, target: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks, { objectMode: false }), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
}
