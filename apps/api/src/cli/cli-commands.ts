import { Command } from 'commander';
import { CliRuntime, processRuntime } from './cli-runtime';
import { dbCommand } from './commands/db.command';
import { exportCommand } from './commands/export.command';
import { queuesCommand } from './commands/queues.command';
import { schedulesCommand } from './commands/schedules.command';
import { segmentsCommand } from './commands/segments.command';
import { syncCommand } from './commands/sync.command';
import { tokensCommand } from './commands/tokens.command';
import { usersCommand } from './commands/users.command';

/**
 * The `adflux` command tree. Building it loads only commander and these small files: each action loads the
 * application (withApp) or the module it needs when it runs, so `adflux --help` stays fast.
 */
export function buildCli(runtime: CliRuntime = processRuntime): Command {
  return new Command('adflux')
    .description('AdFlux administration (uses the same services as the API)')
    .showHelpAfterError()
    .addCommand(usersCommand(runtime))
    .addCommand(tokensCommand(runtime))
    .addCommand(dbCommand(runtime))
    .addCommand(segmentsCommand(runtime))
    .addCommand(syncCommand(runtime))
    .addCommand(queuesCommand(runtime))
    .addCommand(schedulesCommand(runtime))
    .addCommand(exportCommand(runtime));
}
