import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../ads-platforms';
import { AppConfig } from '../config/app-config';
import { DEFAULT_RUN_PARAMETERS, SegmentationRun, SegmentationRunsRepository } from '../segments';
import { SeededAdmin, seedAdmin } from './admin-seed';
import { BootSeedRepository } from './boot-seed.repository';
import { seedDemoData } from './demo-data';

/** The demo data set `npm start` loads into an empty database (SEED_DEMO=false turns it off). */
// Its own seed, so `npm run seed` (seed 1 by default) adds to the demo instead of colliding with it.
export const DEMO_SET = { jobs: 50, candidates: 5000, seed: 9001 } as const;

/** What `npm start` puts into an empty database: the first admin, then the demo data set. Returns the admin it created. */
export async function runBootSeeds(dataSource: DataSource, config: AppConfig): Promise<SeededAdmin | null> {
  const admin = await seedAdmin(dataSource, config.adminEmail, config.adminPassword);
  if (admin) printAdmin(admin.email, config.port, admin.generatedPassword);
  await seedSandboxConnection(dataSource, config);
  if (config.seedDemo && (await seedDemoIfEmpty(dataSource))) await queueFirstSegmentation(dataSource);
  return admin;
}

/**
 * With demo candidates and no segmentation yet, queue a first run so the Segments page and the
 * campaign wizard have audiences at once. The worker's reconciler enqueues queued rows.
 */
async function queueFirstSegmentation(dataSource: DataSource): Promise<void> {
  // Before the app exists: the segments module's repository, built by hand.
  const runs = new SegmentationRunsRepository(dataSource, dataSource.getRepository(SegmentationRun));
  await runs.insertFirstRun({ trigger: 'manual', parameters: DEFAULT_RUN_PARAMETERS, requestedBy: null, requestedByLabel: 'demo seed' });
}

/** Only into an empty candidates table, so a restart never adds a second demo set. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  const repository = new BootSeedRepository(dataSource);
  if (!(await repository.candidatesEmpty())) return false;
  const started = Date.now();
  const result = await repository.withClient((client) => seedDemoData(client, DEMO_SET));
  process.stdout.write(`  Demo data: ${result.jobs} jobs and ${result.candidates} candidates (${Date.now() - started} ms; SEED_DEMO=false skips this)\n`);
  return true;
}

function printAdmin(email: string, port: number, password?: string): void {
  // Printed to the console once, on purpose: this is how a newcomer gets in.
  const lines = ['', '  AdFlux admin account created', `    email:    ${email}`, `    password: ${password ?? '(the ADMIN_PASSWORD you set)'}`, `  Sign in at http://localhost:${port} and change it.`, ''];
  process.stdout.write(lines.join('\n') + '\n');
}
