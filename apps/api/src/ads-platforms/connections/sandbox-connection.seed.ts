import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditRepository, AuditService } from '../../audit';
import { SecretBox } from '../../common/crypto/secret-box';
import type { AppConfig } from '../../config/app-config';
import { initialState } from './connection-fields';
import { ConnectionSecrets } from './connection-secrets';
import { ConnectionsRepository } from './connections.repository';
import { PlatformConnection } from './entities/platform-connection.entity';

/**
 * Boot seed: one connection to the simulated platform, so a newcomer can publish at once.
 * Only when no sandbox connection ever existed: one an admin deleted stays deleted.
 * Runs under the migration lock (see database/migrate.ts), so concurrent boots seed once.
 * Runs outside Nest (boot, CLI seeds, tests), so it builds the repository and audit writer itself.
 */
export async function seedSandboxConnection(dataSource: DataSource, config: AppConfig): Promise<PlatformConnection | null> {
  const connections = new ConnectionsRepository(dataSource.getRepository(PlatformConnection), dataSource);
  if (await connections.existsOfKind('sandbox')) return null;
  const audit = new AuditService(new AuditRepository(dataSource.getRepository(AuditEntry)));
  const id = randomUUID();
  const connection = connections.build({
    id, kind: 'sandbox', name: 'Sandbox', ...initialState('sandbox', {}),
    ...new ConnectionSecrets(SecretBox.fromConfig(config)).seal(id, {}), createdBy: null,
  });
  await connections.transaction(async (tx) => {
    await tx.insert(connection);
    await audit.record({ action: 'platform_connection.created', targetType: 'platform_connection', targetId: id, details: { kind: 'sandbox', name: 'Sandbox', seeded: true } }, tx.joinable);
  });
  return connection;
}
