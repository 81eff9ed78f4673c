import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { withPgClient } from '../database/pg-client';
import { User } from '../users';

/**
 * What the boot seeds read and write before the application exists (no Nest container yet): the
 * first admin with its audit record, and whether the candidates table is still empty.
 */
export class BootSeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasUsers(): Promise<boolean> {
    return (await this.dataSource.getRepository(User).count()) > 0;
  }

  /** The first admin and the audit record saying the seed created it, together. */
  async insertAdmin(email: string, passwordHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).insert({ email, name: 'Administrator', role: 'admin', passwordHash, active: true });
      await manager.getRepository('AuditEntry').insert({ at: new Date(), actorType: 'system', actorLabel: 'system', action: 'user.created', targetType: 'user', details: { email, role: 'admin', seeded: true } });
    });
  }

  async candidatesEmpty(): Promise<boolean> {
    const [{ empty }] = await this.dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM candidates) AS empty');
    return empty;
  }

  /** A raw connection from the app's pool for bulk loads (COPY), always released. */
  withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return withPgClient(this.dataSource, work);
  }
}
