import { DataSource } from 'typeorm';
import { runMigrations } from '../src/database/migrate';
import { TEST_ENV } from './test-env';

/** Fresh test database once per jest run: drop, create, migrate. */
export default async function globalSetup(): Promise<void> {
  const url = new URL(TEST_ENV.DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString() });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.destroy();
  await runMigrations(TEST_ENV.DATABASE_URL);
}
