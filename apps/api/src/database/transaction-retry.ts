import type { DataSource, EntityManager } from 'typeorm';

/** A transaction-scoped handle. Repositories take it; services only pass it along (to audit, timeline). */
export type Tx = EntityManager;

/** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back, running it again is safe. */
const RETRYABLE_CODES = new Set(['40001', '40P01']);

export function isRetryableTransactionError(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return RETRYABLE_CODES.has(e?.code ?? e?.driverError?.code ?? '');
}

/**
 * Runs `work` in a transaction and runs it again (after a short random pause, so the competitors
 * spread out) when PostgreSQL aborted it for a deadlock or a serialization failure. `work` must
 * only touch the database through `tx`: everything it did is rolled back before the next try.
 */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40 * attempt));
    }
  }
}
