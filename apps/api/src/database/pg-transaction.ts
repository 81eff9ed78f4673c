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
