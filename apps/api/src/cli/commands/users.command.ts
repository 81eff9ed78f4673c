import { Command } from 'commander';
import { ROLES } from '../../common/roles';
import type { CliRuntime } from '../cli-runtime';
import { printRows } from '../cli-output';
import { validated } from '../cli-context';

const loadUsers = () => import('../../users');

/** `adflux users …`: the same UsersService as the API (validation, audit, password hashing, session revocation). */
export function usersCommand({ print, withApp }: CliRuntime): Command {
  const users = new Command('users').description('Accounts and roles');
  users
    .command('list')
    .description('Every account')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withApp(async (app) => {
        const { UsersService } = await loadUsers();
        const rows = await app.get(UsersService).list();
        printRows(print, options.json ? rows : rows.map((u) => ({ email: u.email, name: u.name, role: u.role, active: u.active, lastLoginAt: u.lastLoginAt })), options.json);
      }),
    );
  users
    .command('create')
    .description('Create an account; prints a generated password once unless --password is given')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password <password>', 'at least 12 characters')
    .action(async (options: Record<string, unknown>) => {
      const { CreateUserDto, UsersService } = await loadUsers();
      // Checked before booting the application: bad input fails fast.
      const dto = await validated(CreateUserDto, options);
      await withApp(async (app) => {
        const created = await app.get(UsersService).create(dto, undefined);
        print(`created ${created.user.email} (${created.user.role})`);
        if (created.temporaryPassword) print(`temporary password: ${created.temporaryPassword}`);
      });
    });
  users
    .command('set-role <email> <role>')
    .description(`Change an account's role (${ROLES.join(', ')}); its sessions end`)
    .action(async (email: string, role: string) => {
      const { UpdateUserDto, UsersService } = await loadUsers();
      const dto = await validated(UpdateUserDto, { role });
      await withApp(async (app) => {
        const service = app.get(UsersService);
        const updated = await service.update((await service.getByEmail(email)).id, dto, undefined);
        print(`${updated.email} is now ${updated.role}`);
      });
    });
  users
    .command('reset-password <email>')
    .description('Set a new password (generated and printed once unless --password is given); every session of the account ends')
    .option('--password <password>', 'at least 12 characters')
    .action(async (email: string, options: { password?: string }) => {
      const { CreateUserDto, UsersService } = await loadUsers();
      // The same password rule as account creation.
      if (options.password !== undefined) await validated(CreateUserDto, { email: 'x@example.com', name: 'x', role: 'viewer', password: options.password });
      await withApp(async (app) => {
        const service = app.get(UsersService);
        const reset = await service.resetPassword((await service.getByEmail(email)).id, options.password, undefined);
        print(`password of ${reset.user.email} reset; its sessions ended`);
        if (reset.temporaryPassword) print(`temporary password: ${reset.temporaryPassword}`);
      });
    });
  return users;
}
