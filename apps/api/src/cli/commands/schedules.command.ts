import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { printRows } from '../cli-output';


/** `adflux schedules …`: every cron the schedulers declare, what live workers report of it, and running one now. */
export function schedulesCommand({ print, withApp }: CliRuntime): Command {
  const schedules = new Command('schedules').description('Crons (they run in worker processes)');
  schedules
    .command('list')
    .description('Every cron with its expression, and the last/next tick the live workers report')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withApp(async (app) => {
        const { ScheduleRunner, SchedulesService } = await import('../../background-work');
        const reported = new Map((await app.get(SchedulesService).list()).map((s) => [s.name, s]));
        const rows = app.get(ScheduleRunner).declared().map(({ name, cron }) => {
          const live = reported.get(name);
          return { name, cron: cron ?? 'off', lastRunAt: live?.lastRunAt ?? null, nextRunAt: live?.nextRunAt ?? null, workers: live?.workers ?? 0 };
        });
        printRows(print, rows, options.json);
      }),
    );
  schedules
    .command('run <name>')
    .description("Enqueue a cron's job now, as a tick would (a worker runs it)")
    .action((name: string) =>
      withApp(async (app) => {
        const { ScheduleRunner } = await import('../../background-work');
        print(`enqueued ${name} for slot ${await app.get(ScheduleRunner).run(name)}; a worker runs it`);
      }),
    );
  return schedules;
}
