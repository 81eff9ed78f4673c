import type { INestApplicationContext } from '@nestjs/common';
import { Command, InvalidArgumentError } from 'commander';
import { QueueInspector, SchedulesService } from '../background-work';
import { ROLES } from '../common/roles';
import { appConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';
import { CreateUserDto, UsersService } from '../users';
import { validated, withApp } from './cli-context';

type Print = (line: string) => void;
const table = (print: Print, rows: ReadonlyArray<object>) => {
  if (rows.length === 0) return print('(none)');
  const keys = Object.keys(rows[0]!);
  const cell = (r: object, k: string) => String((r as Record<string, unknown>)[k] ?? "—");
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r, k).length)));
  print(keys.map((k, i) => k.padEnd(width[i]!)).join('  '));
  for (const r of rows) print(keys.map((k, i) => cell(r, k).padEnd(width[i]!)).join('  '));
};

const positiveInt = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return Number(value);
};

/** `adflux users …`: the same UsersService as the API (validation, audit, password hashing). */
function usersCommand(print: Print): Command {
  const users = new Command('users').description('Accounts and roles');
  users.command('list').description('Every account').action(() =>
    withApp(async (app) => table(print, (await app.get(UsersService).list()).map((u) => ({ email: u.email, name: u.name, role: u.role, active: u.active })))),
  );
  users
    .command('create')
    .description('Create an account; prints a temporary password unless --password is given')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password <password>')
    .action(async (options: Record<string, unknown>) => {
      // Checked before booting the application: bad input fails fast.
      const dto = await validated(CreateUserDto, options);
      await withApp(async (app: INestApplicationContext) => {
        const created = await app.get(UsersService).create(dto, undefined);
        print(`created ${created.user.email} (${created.user.role})`);
        if (created.temporaryPassword) print(`temporary password: ${created.temporaryPassword}`);
      });
    });
  return users;
}

/** `adflux queues …` and `adflux schedules list`: what Settings → Background work shows. */
function queuesCommand(print: Print): Command {
  const queues = new Command('queues').description('Bull queues');
  queues.command('list').description('Counts per queue').action(() => withApp(async (app) => table(print, await app.get(QueueInspector).counts())));
  queues
    .command('retry-failed [queue]')
    .description('Put failed jobs back in their queue (every queue when none is named)')
    .action((name?: string) => withApp(async (app) => print(`retried ${await app.get(QueueInspector).retryAllFailed(name)} job(s)`)));
  queues
    .command('clean <queue>')
    .description('Remove completed and failed jobs older than --older-than hours')
    .option('--older-than <hours>', 'age in hours', positiveInt, 24)
    .action((name: string, options: { olderThan: number }) =>
      withApp(async (app) => print(`removed ${await app.get(QueueInspector).clean(name, options.olderThan * 3_600_000)} job(s)`)),
    );
  return queues;
}

function schedulesCommand(print: Print): Command {
  const schedules = new Command('schedules').description('Crons of the running workers');
  schedules.command('list').action(() => withApp(async (app) => table(print, await app.get(SchedulesService).list())));
  return schedules;
}

function dbCommand(print: Print): Command {
  const db = new Command('db').description('Database');
  db.command('migrate').description('Run pending migrations').action(async () => {
    await runMigrations(appConfig().databaseUrl, print);
    print('database is up to date');
  });
  return db;
}

export function buildCli(print: Print = (line) => console.log(line)): Command {
  return new Command('adflux')
    .description('AdFlux administration (uses the same services as the API)')
    .showHelpAfterError()
    .addCommand(usersCommand(print))
    .addCommand(queuesCommand(print))
    .addCommand(schedulesCommand(print))
    .addCommand(dbCommand(print));
}
