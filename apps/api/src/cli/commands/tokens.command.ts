import { Command } from 'commander';
import type { CliRuntime } from '../cli-runtime';
import { printRows, uuidArg } from '../cli-output';
import { validated } from '../cli-context';

/** `adflux tokens …`: the same ApiTokensService as Settings → API tokens (hashing, scopes, audit). */
export function tokensCommand({ print, withApp }: CliRuntime): Command {
  const tokens = new Command('tokens').description('API tokens for third parties');
  tokens
    .command('list')
    .description('Every token, newest first (never the secret)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withApp(async (app) => {
        const { ApiTokensService } = await import('../../api-tokens');
        const rows = await app.get(ApiTokensService).list();
        printRows(print, options.json ? rows : rows.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes, expiresAt: t.expiresAt, revokedAt: t.revokedAt })), options.json);
      }),
    );
  tokens
    .command('create')
    .description('Create a token acting for --owner (never with more rights than that account); prints the secret once')
    .requiredOption('--name <name>')
    .requiredOption('--owner <email>', 'the account the token belongs to')
    .option('--scopes <scopes>', 'read, write or read,write', 'read')
    .option('--expires-at <date>', 'ISO date-time')
    .action(async (options: { name: string; owner: string; scopes: string; expiresAt?: string }) => {
      const { CreateApiTokenDto, ApiTokensService } = await import('../../api-tokens');
      const dto = await validated(CreateApiTokenDto, { name: options.name, scopes: options.scopes.split(',').map((s) => s.trim()), expiresAt: options.expiresAt });
      await withApp(async (app) => {
        const { UsersService } = await import('../../users');
        const owner = await app.get(UsersService).getByEmail(options.owner);
        const created = await app.get(ApiTokensService).create(dto, { kind: 'session', id: owner.id, label: owner.email, role: owner.role });
        print(`created token ${created.token.id} "${created.token.name}" (${created.token.scopes.join(',')}) for ${owner.email}`);
        print(`secret (shown only this once): ${created.secret}`);
      });
    });
  tokens
    .command('revoke')
    .description('Revoke a token at once')
    .argument('<id>', 'token id (see "adflux tokens list")', uuidArg)
    .action((id: string) =>
      withApp(async (app) => {
        const { ApiTokensService } = await import('../../api-tokens');
        const token = await app.get(ApiTokensService).revoke(id, undefined);
        print(`revoked ${token.name} (${token.prefix}…)`);
      }),
    );
  return tokens;
}
