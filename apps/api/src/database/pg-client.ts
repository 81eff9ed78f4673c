import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Logger } from '@nestjs/common';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';

const logger = new Logger('PgClient');

/** TypeORM's own pg pool (same connections and limits as the rest of the app; TypeORM handles its 'error' events). */
export function pgPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * A raw pg client from TypeORM's pool, for COPY and long-lived temp tables; always released.
 * While it is checked out the pool no longer listens to its 'error' event, and an unhandled one
 * (PostgreSQL restarting, a cut connection) would kill the process: we listen instead. The query
 * in flight fails on its own, so the work fails into its retry; the client is then discarded.
 */
export async function withPgClient<T>(dataSource: DataSource, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool(dataSource).connect();
  let broken = false;
  const onError = (error: Error) => {
    broken = true;
    logger.warn({ err: error.message }, 'database connection lost while in use; the work will be retried');
  };
  client.on('error', onError);
  try {
    return await fn(client);
  } catch (error) {
    broken = true; // a failed COPY can leave the connection mid-protocol: do not reuse it
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** `COPY <target> FROM STDIN` fed from strings (COPY text lines), with backpressure. */
export async function copyIn(client: ClientBase, target: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks, { objectMode: false }), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
}
