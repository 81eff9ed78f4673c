import { DataSource } from 'typeorm';
import { seedSandboxConnection } from '../ads-platforms';
import { pgPool } from '../database/pg-client';
import type { AppConfig } from '../config/app-config';
import { insertJobRows, newBulkJob } from '../jobs';
import { MetricsRepository } from '../performance';
import { MetricsSeedRepository } from './metrics-seed.repository';

export interface MetricsSeedOptions {
  publications: number;
  days: number;
  /** Seeded applications per publication (default 20). */
  applicationsPerPublication?: number;
  log?: (message: string) => void;
}

/** Jobs the seeded campaigns advertise when the database has fewer than 50. */
const SEEDED_JOBS = 200;
const COUNTRIES = ['US', 'GB', 'DE', 'ES', 'CO'];

/**
 * `npm run seed -- --metrics`: a year of delivery for many publications, generated inside
 * PostgreSQL (generate_series + hashing, deterministic) so 3.65M rows load in seconds.
 * The seeded publications are `completed` on a sandbox connection so the scheduler does not
 * try to re-sync thousands of made-up objects; their numbers feed dashboards and benchmarks.
 */
export async function seedMetrics(db: DataSource, config: AppConfig, options: MetricsSeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const seed = new MetricsSeedRepository(db);
  await seedSandboxConnection(db, config);
  const connectionId = await seed.sandboxConnectionId();
  let started = Date.now();
  if ((await seed.countJobs()) < 50) await insertJobRows(pgPool(db), seededJobs());
  // Re-running tops up to the requested size instead of doubling it.
  await seed.insertCampaigns(options.publications, options.days, await seed.someSegmentIds(), await seed.countSeededCampaigns());
  await seed.insertPublications(connectionId);
  log(`campaigns and publications: ${Date.now() - started} ms`);
  started = Date.now();
  await seed.insertDailyMetrics(options.days);
  log(`daily metrics: ${Date.now() - started} ms`);
  started = Date.now();
  await seedApplications(db, options.days, options.applicationsPerPublication ?? 20);
  log(`applications and rollup: ${Date.now() - started} ms`);
}

/** (Re)seeds the seeded publications' applications at `perPublication` each and refreshes the rollup. */
export async function seedApplications(db: DataSource, days: number, perPublication: number): Promise<void> {
  const seed = new MetricsSeedRepository(db);
  await seed.deleteSeededApplications();
  await seed.insertApplications(days, perPublication);
  await new MetricsRepository(db).refreshPlatformRollup(await seed.metricDays());
  await seed.rebuildCampaignRollup();
  await seed.analyze();
}

export const countSeededApplications = (db: DataSource): Promise<number> => new MetricsSeedRepository(db).countSeededApplications();

/** Open jobs for the seeded campaigns, through the jobs module's own mapping (refs make a rerun add none). */
function seededJobs() {
  return Array.from({ length: SEEDED_JOBS }, (_, i) => newBulkJob({
    job: {
      title: `Seeded role ${i + 1}`, description: 'Seeded for metrics', shortDescription: 'Seeded for metrics', company: 'AdFlux Demo',
      countryCode: COUNTRIES[(i + 1) % COUNTRIES.length], remote: 'hybrid', employmentType: 'full_time', experienceLevel: 'mid',
      applicationUrl: `https://careers.example.com/jobs/${i + 1}`,
    },
    status: 'open',
    externalRef: `seed:metrics:${i + 1}`,
  }));
}
