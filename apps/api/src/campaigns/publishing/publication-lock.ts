import { DataSource } from 'typeorm';
import { PlatformError } from '../../ads-platforms/platform-error';

/** Advisory-lock namespace of publications (any constant unique to this use). */
const LOCK_NAMESPACE = 7_310_001;

/**
 * Runs `fn` holding a session advisory lock on the publication, so two workers (a stalled job
 * re-run beside its original, or a publish and a status job) never work on one row at once.
 * Busy → a transient error: Bull retries later, when the other worker has finished. The lock
 * dies with the connection, so a crashed worker never leaves a publication locked.
 */
export async function withPublicationLock<T>(dataSource: DataSource, publicationId: string, fn: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [LOCK_NAMESPACE, publicationId]);
    if (!locked) throw new PlatformError('transient', 'Another worker is processing this publication; trying again shortly.');
    try {
      return await fn();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_NAMESPACE, publicationId]);
    }
  } finally {
    await runner.release();
  }
}
