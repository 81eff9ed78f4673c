import 'reflect-metadata';
import { Client } from 'pg';
import { appConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoData } from './demo-data';
import { seedMetrics } from './metrics-seed';

/**
 * `npm run seed -- --candidates 1000000 --jobs 2000 [--seed 7]`: migrates, then loads synthetic
 * jobs and candidates (offline generator, bulk COPY) into DATABASE_URL and prints rows/s.
 * The same seed gives the same data; use another seed to add more to a filled database.
 * `--metrics` adds a year of delivery metrics for 10 000 publications (dashboard benchmarks).
 */
const USAGE = 'usage: npm run seed -- [--candidates N] [--jobs N] [--seed N] [--metrics [--publications N] [--days N]]';

interface SeedArgs { candidates: number; jobs: number; seed: number; metrics: boolean; publications: number; days: number }

function parseArgs(argv: string[]): SeedArgs {
  const metrics = argv.includes('--metrics');
  argv = argv.filter((a) => a !== '--metrics');
  const values: Record<string, number> = { candidates: 0, jobs: 0, seed: 1, publications: 10_000, days: 365 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!argv[i]?.startsWith('--') || !(name in values)) throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    if (!Number.isSafeInteger(value) || value < (name === 'seed' ? 1 : 0)) throw new Error(`--${name} needs a whole number${name === 'seed' ? ' ≥ 1' : ''}\n${USAGE}`);
    values[name] = value;
  }
  if (values.candidates + values.jobs === 0 && !metrics) throw new Error(`nothing to do\n${USAGE}`);
  return { ...(values as Omit<SeedArgs, 'metrics'>), metrics };
}

async function loadMetrics(databaseUrl: string, options: SeedArgs): Promise<void> {
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

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { databaseUrl } = appConfig();
  await runMigrations(databaseUrl, (m) => console.log(m));
  if (options.candidates + options.jobs > 0) await loadPeople(databaseUrl, options);
  if (options.metrics) await loadMetrics(databaseUrl, options);
}

async function loadPeople(databaseUrl: string, options: SeedArgs): Promise<void> {
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
