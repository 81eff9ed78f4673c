import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any fixed number shared by every AdFlux process: only one of them migrates at a time.
const MIGRATION_LOCK = 7_041_990;

/** Runs pending migrations under a Postgres advisory lock so api and worker can boot together. */
export async function runMigrations(
  databaseUrl: string,
  log: (message: string) => void = () => undefined,
  afterMigrate?: (dataSource: DataSource) => Promise<void>,
): Promise<void> {
  await ensureDatabase(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`applied migration ${migration.name}`);
    // Seeds run under the same lock, so two processes booting together never seed twice.
    if (afterMigrate) await afterMigrate(dataSource);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await dataSource.destroy();
  }
}

/** A newcomer's machine has Postgres but not our database: create it when missing. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) return;
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  try {
    await admin.initialize();
  } catch {
    return; // no rights on the maintenance db: let the real connection report the problem
  }
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.length === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch(() => undefined);
  } finally {
    await admin.destroy();
  }
}

/**
 * Drops every table (the whole public schema) and migrates from scratch: `adflux db reset --yes`.
 * Under the migration lock, so a process booting meanwhile does not migrate a half-dropped schema.
 */
export async function resetDatabase(databaseUrl: string, log: (message: string) => void = () => undefined): Promise<void> {
  await ensureDatabase(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.query('DROP SCHEMA public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
    log('dropped every table');
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await dataSource.destroy();
  }
  await runMigrations(databaseUrl, log);
}
