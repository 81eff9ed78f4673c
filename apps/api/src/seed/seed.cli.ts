import 'reflect-metadata';
import { appConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';
import { loadMetrics, loadPeople, SeedOptions } from './seed-runner';

/**
 * `npm run seed -- --candidates 1000000 --jobs 2000 [--seed 7]`: migrates, then loads synthetic
 * jobs and candidates (offline generator, bulk COPY) into DATABASE_URL and prints rows/s.
 * The same seed gives the same data; use another seed to add more to a filled database.
 * `--metrics` adds a year of delivery metrics for 10 000 publications (dashboard benchmarks).
 */
const USAGE = 'usage: npm run seed -- [--candidates N] [--jobs N] [--seed N] [--metrics [--publications N] [--days N]]';

function parseArgs(argv: string[]): SeedOptions {
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
  return { ...(values as Omit<SeedOptions, 'metrics'>), metrics };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { databaseUrl } = appConfig();
  await runMigrations(databaseUrl, (m) => console.log(m));
  if (options.candidates + options.jobs > 0) await loadPeople(databaseUrl, options);
  if (options.metrics) await loadMetrics(databaseUrl, options);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
