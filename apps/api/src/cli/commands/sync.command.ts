import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { uuidArg } from '../cli-output';


/** `adflux sync run`: "Sync now" of one campaign (the API's SyncRequestsService), or the metrics cron's job. */
export function syncCommand({ print, withApp }: CliRuntime): Command {
  const sync = new Command('sync').description('Delivery metrics from the ad platforms');
  sync
    .command('run')
    .description('Queue a metrics sync of every connection, or of one campaign with --campaign (a worker runs it)')
    .option('--campaign <id>', 'only this campaign', uuidArg)
    .action((options: { campaign?: string }) =>
      withApp(async (app) => {
        const { SyncRequestsService, MetricsSyncQueue } = await import('../../performance');
        if (options.campaign) {
          print(`queued sync of campaign ${options.campaign} (job ${await app.get(SyncRequestsService).request(options.campaign)})`);
        } else {
          const { minuteSlot } = await import('../../queues/slot-cron');
          await app.get(MetricsSyncQueue).enqueueSlot(minuteSlot());
          print('queued a metrics sync of every connection');
        }
      }),
    );
  return sync;
}
