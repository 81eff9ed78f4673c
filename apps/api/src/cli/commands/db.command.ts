import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { wholeNumber } from '../cli-output';
import { CliError } from '../cli-context';

const databaseUrl = async () => (await import('../../config/app-config')).appConfig().databaseUrl;

/** `adflux db …`: migrations, synthetic data (the same loaders as `npm run seed`) and a full reset. */
export function dbCommand({ print }: CliRuntime): Command {
  const db = new Command('db').description('Database');
  db.command('migrate').description('Run pending migrations').action(async () => {
    const { runMigrations } = await import('../../database/migrate');
    await runMigrations(await databaseUrl(), print);
    print('database is up to date');
  });
  db.command('seed')
    .description('Migrate, then load synthetic jobs and candidates (and with --metrics a year of delivery metrics)')
    .option('--candidates <n>', 'candidates to generate', wholeNumber(0), 1000)
    .option('--jobs <n>', 'job openings to generate', wholeNumber(0), 20)
    .option('--seed <n>', 'random seed: the same seed gives the same data', wholeNumber(1), 1)
    .option('--metrics', 'also seed delivery metrics for dashboard benchmarks')
    .option('--publications <n>', 'publications with metrics (with --metrics)', wholeNumber(1), 10_000)
    .option('--days <n>', 'days of metrics (with --metrics)', wholeNumber(1), 365)
    .action(async (options: { candidates: number; jobs: number; seed: number; metrics?: boolean; publications: number; days: number }) => {
      const [{ runMigrations }, { loadPeople, loadMetrics }] = await Promise.all([import('../../database/migrate'), import('../../seed/seed.api')]);
      const url = await databaseUrl();
      await runMigrations(url, print);
      if (options.candidates + options.jobs > 0) await loadPeople(url, options);
      if (options.metrics) await loadMetrics(url, options);
    });
  db.command('reset')
    .description('DROP every table and migrate from scratch (all data is lost); needs --yes')
    .option('--yes', 'confirm that every row of the database may be deleted')
    .action(async (options: { yes?: boolean }) => {
      const url = await databaseUrl();
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      if (!options.yes) throw new CliError(`refusing to reset database "${name}" without --yes: every table and row would be deleted.`);
      const { resetDatabase } = await import('../../database/migrate');
      await resetDatabase(url, print);
      print(`database "${name}" was reset and is up to date`);
    });
  return db;
}
