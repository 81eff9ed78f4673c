import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../ads-platforms/connections/sandbox-connection.seed';
import { withPgClient } from '../candidates/bulk/pg-client';
import { AppConfig } from '../config/app-config';
import { seedAdmin } from './admin-seed';
import { seedDemoData } from './demo-data';

/** The demo data set `npm start` loads into an empty database (SEED_DEMO=false turns it off). */
// Its own seed, so `npm run seed` (seed 1 by default) adds to the demo instead of colliding with it.
export const DEMO_SET = { jobs: 50, candidates: 5000, seed: 9001 } as const;

/** What `npm start` puts into an empty database: the first admin, then the demo data set. */
export async function runBootSeeds(dataSource: DataSource, config: AppConfig): Promise<void> {
  const admin = await seedAdmin(dataSource, config.adminEmail, config.adminPassword);
  if (admin) printAdmin(admin.email, admin.generatedPassword);
  await seedSandboxConnection(dataSource, config);
  if (config.seedDemo) await seedDemoIfEmpty(dataSource);
}

/** Only into an empty candidates table, so a restart never adds a second demo set. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<void> {
  const [{ empty }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM candidates) AS empty');
  if (!empty) return;
  const started = Date.now();
  const result = await withPgClient(dataSource, (client) => seedDemoData(client, DEMO_SET));
  process.stdout.write(`  Demo data: ${result.jobs} jobs and ${result.candidates} candidates (${Date.now() - started} ms; SEED_DEMO=false skips this)\n`);
}

function printAdmin(email: string, password?: string): void {
  // Printed to the console once, on purpose: this is how a newcomer gets in.
  const lines = ['', '  AdFlux admin account created', `    email:    ${email}`, `    password: ${password ?? '(the ADMIN_PASSWORD you set)'}`, '  Sign in at http://localhost:3000 and change it.', ''];
  process.stdout.write(lines.join('\n') + '\n');
}
