import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoData } from './demo-data';
import { seedMetrics } from './metrics-seed';

/** What `npm run seed` and `adflux db seed` load: synthetic people (bulk COPY) and/or a year of delivery metrics. */
export interface SeedOptions { candidates: number; jobs: number; seed: number; metrics: boolean; publications: number; days: number }

export async function loadMetrics(databaseUrl: string, options: Pick<SeedOptions, 'publications' | 'days'>): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  const started = Date.now();
  try {
    await seedMetrics(dataSource, appConfig(), { publications: options.publications, days: options.days, log: (m) => console.log(`  ${m}`) });
    console.log(`seeded metrics for ${options.publications.toLocaleString('en-US')} publications × ${options.days} days in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

export async function loadPeople(databaseUrl: string, options: Pick<SeedOptions, 'candidates' | 'jobs' | 'seed'>): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'adflux-seed' });
  await client.connect();
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en-US');
  try {
    const result = await seedDemoData(client, {
      candidates: options.candidates, jobs: options.jobs, seed: options.seed,
      onProgress: (what, done) => process.stdout.write(`\r${what}: ${done.toLocaleString('en-US')} (${rate(done)} rows/s)      `),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write('\n');
    console.log(
      `seeded ${result.jobs} jobs and ${result.candidates.toLocaleString('en-US')} candidates (seed ${options.seed}) in ${seconds.toFixed(1)} s: ` +
        `${rate(result.candidates + result.jobs)} rows/s${result.skipped ? `, ${result.skipped} skipped as invalid` : ''}`,
    );
  } finally {
    await client.end();
  }
}
