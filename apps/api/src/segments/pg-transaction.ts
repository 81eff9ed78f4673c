import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

export interface PgTransaction {
  /** The raw pg connection, for COPY, cursors and array-mode rows. */
  client: PoolClient;
  /** TypeORM on the same connection (audit records, repositories): commits with the rest. */
  manager: EntityManager;
}

/** Runs `fn` in one transaction on one pooled connection, usable both raw and through TypeORM. */
export async function inPgTransaction<T>(
  dataSource: DataSource,
  fn: (tx: PgTransaction) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await runner.startTransaction(isolation);
    const result = await fn({ client, manager: runner.manager });
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Serialises activations against everything that writes the active run's assignments. */
const ACTIVATION_LOCK = 7_041_991;

/** Taken by activation: waits for in-flight assignment writers, and blocks new ones until commit. */
export async function lockActivationExclusive(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [ACTIVATION_LOCK]);
}

/** Taken by writers of the active run's assignments, so the run they read stays active until they commit. */
export async function lockActivationShared(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock_shared($1)', [ACTIVATION_LOCK]);
}
