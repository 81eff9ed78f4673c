import type { PoolClient } from 'pg';

/*
 * Application-wide PostgreSQL advisory lock keys live here, in one list, so two features can never
 * pick the same number by accident.
 */

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

/** First key of the per-publication session locks (second: hashtext(publication id)): one worker at a time per publication. */
export const PUBLICATION_LOCK_NAMESPACE = 7_310_001;
