import { Inject, Injectable } from '@nestjs/common';
import type { AdsPlatform, PlatformKind } from '../ads-platform.port';
import { PlatformError } from '../platform-error';
import type { AdapterBuildInput, ConnectionInfo } from '../platform-descriptor';
import { platformBadge } from '../platform-registry';
import { ConnectionsService } from './connections.service';
import type { PlatformConnection } from './entities/platform-connection.entity';

export type { AdapterBuildInput, ConnectionInfo } from '../platform-descriptor';

export type AdapterBuilder = (input: AdapterBuildInput) => AdsPlatform;
/** One builder per registered kind (see defaultAdapterBuilders). */
export type AdapterBuilders = Record<PlatformKind, AdapterBuilder>;

/**
 * Provider token of the per-kind adapter builders. Each app instance gets its own mutable
 * object, so an integration test can swap one kind for a fake:
 * `t.app.get<AdapterBuilders>(ADAPTER_BUILDERS).meta = () => faultyFake`.
 */
export const ADAPTER_BUILDERS = 'ADAPTER_BUILDERS';

export interface ForConnectionOptions {
  /** Build even when the connection is marked needs_reauth (the verify endpoint does). */
  allowNeedsReauth?: boolean;
}

/** Builds the adapter for a connection with its decrypted credentials, for the duration of a job. */
@Injectable()
export class AdsPlatformFactory {
  constructor(
    private readonly connections: ConnectionsService,
    @Inject(ADAPTER_BUILDERS) private readonly builders: AdapterBuilders,
  ) {}

  /**
   * Throws ProblemException 404 when the connection does not exist or is archived, and
   * PlatformError('auth') when it is marked needs_reauth: jobs then fail at once without calling
   * the platform again (no retry storm) until an admin re-enters the credentials.
   */
  async forConnection(connectionId: string, options: ForConnectionOptions = {}): Promise<{ connection: ConnectionInfo; platform: AdsPlatform }> {
    const opened = await this.connections.open(connectionId);
    const connection = toInfo(opened.connection);
    if (connection.status === 'needs_reauth' && !options.allowNeedsReauth) {
      throw new PlatformError('auth', `The ${connection.label} connection "${connection.name}" needs new credentials (an admin must update and verify it).`);
    }
    const platform = this.builders[connection.kind]({ connection, credentials: opened.values });
    return { connection, platform };
  }
}

export function toInfo(c: PlatformConnection): ConnectionInfo {
  return {
    id: c.id, kind: c.kind, name: c.name, ...platformBadge(c.kind), status: c.status,
    currency: c.publicFields.currency ?? null, timeZone: c.publicFields.timeZone ?? null, account: { ...c.publicFields },
  };
}
