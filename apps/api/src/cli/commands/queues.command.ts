import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { printRows, wholeNumber } from '../cli-output';


const inspector = async () => (await import('../../background-work')).QueueInspector;

/** `adflux queues …`: what Settings → Background work shows and does (QueueInspector). */
export function queuesCommand({ print, withApp }: CliRuntime): Command {
  const queues = new Command('queues').description('Bull queues');
  queues
    .command('list')
    .description('Waiting, active, delayed and failed jobs per queue')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => withApp(async (app) => printRows(print, await app.get(await inspector()).counts(), options.json)));
  queues
    .command('retry-failed [queue]')
    .description('Put failed jobs back in their queue (every queue when none is named)')
    .action((name?: string) => withApp(async (app) => print(`retried ${await app.get(await inspector()).retryAllFailed(name)} job(s)`)));
  queues
    .command('clean <queue>')
    .description('Remove completed and failed jobs older than --older-than hours')
    .option('--older-than <hours>', 'age in hours', wholeNumber(1), 24)
    .action((name: string, options: { olderThan: number }) =>
      withApp(async (app) => print(`removed ${await app.get(await inspector()).clean(name, options.olderThan * 3_600_000)} job(s)`)),
    );
  return queues;
}
