import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import { runMigrations } from '../src/database/migrate';
import { databaseUrlForWorker, MAX_TEST_WORKERS } from './test-env';

/** Fresh test databases once per jest run: the first is migrated, each further worker's is a copy of it. */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const workers = Math.min(Math.max(globalConfig.maxWorkers, 1), MAX_TEST_WORKERS);
  const names = Array.from({ length: workers }, (_, i) => new URL(databaseUrlForWorker(i + 1)).pathname.slice(1));
  const adminUrl = new URL(databaseUrlForWorker(1));
  adminUrl.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: adminUrl.toString() });
  await admin.initialize();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${names[0]}"`);
    await runMigrations(databaseUrlForWorker(1));
    for (const name of names.slice(1)) await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${names[0]}"`);
  } finally {
    await admin.destroy();
  }
}
