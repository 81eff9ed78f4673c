import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box';
import type { AppConfig } from '../../config/app-config';
import { initialState } from './connection-fields';
import { ConnectionSecrets } from './connection-secrets';
import { PlatformConnection } from './entities/platform-connection.entity';

/**
 * Boot seed: one connection to the simulated platform, so a newcomer can publish at once.
 * Only when no sandbox connection ever existed: one an admin deleted stays deleted.
 * Runs under the migration lock (see database/migrate.ts), so concurrent boots seed once.
 */
export async function seedSandboxConnection(dataSource: DataSource, config: AppConfig): Promise<PlatformConnection | null> {
  const rows = dataSource.getRepository(PlatformConnection);
  if (await rows.exists({ where: { kind: 'sandbox' } })) return null;
  const id = randomUUID();
  const connection = rows.create({
    id, kind: 'sandbox', name: 'Sandbox', ...initialState('sandbox', {}),
    ...new ConnectionSecrets(SecretBox.fromConfig(config)).seal(id, {}), createdBy: null,
  });
  await rows.insert(connection);
  await dataSource.getRepository('AuditEntry').insert({
    at: new Date(), actorType: 'system', actorLabel: 'system', action: 'platform_connection.created',
    targetType: 'platform_connection', targetId: id, details: { kind: 'sandbox', name: 'Sandbox', seeded: true },
  });
  return connection;
}
