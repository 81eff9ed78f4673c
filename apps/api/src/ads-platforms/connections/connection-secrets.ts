import { Injectable } from '@nestjs/common';
import { mask, SecretBox } from '../../common/crypto/secret-box';
import { redactSecrets } from '../platform-error-mapping';
import type { SecretValues } from './connection-fields';
import type { PlatformConnection } from './entities/platform-connection.entity';

export type SealedColumns = Pick<PlatformConnection, 'secretsCiphertext' | 'keyId' | 'secretMasks'>;

/**
 * The one place connection secrets are sealed, opened and masked. The connection id is the
 * authenticated context, so a ciphertext copied onto another connection row does not open.
 */
@Injectable()
export class ConnectionSecrets {
  constructor(private readonly box: SecretBox) {}

  seal(connectionId: string, values: SecretValues): SealedColumns {
    const sealed = this.box.seal(values, connectionId);
    const secretMasks = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, mask(value)]));
    return { secretsCiphertext: sealed.ciphertext, keyId: sealed.keyId, secretMasks };
  }

  /** Needs a row loaded with `secretsCiphertext` (it is not selected by default). */
  open(connection: Pick<PlatformConnection, 'id' | 'secretsCiphertext' | 'keyId'>): SecretValues {
    if (!connection.secretsCiphertext || !connection.keyId) return {};
    return this.box.open<SecretValues>({ ciphertext: connection.secretsCiphertext, keyId: connection.keyId }, connection.id);
  }

  /** Sealed with a retired key: re-seal on the next write. */
  isStale(connection: Pick<PlatformConnection, 'keyId'>): boolean {
    return connection.keyId !== null && this.box.isStale({ keyId: connection.keyId });
  }

  /** Text safe to store or show: the connection's own secret values and token-looking parts removed. */
  scrub(text: string, values: SecretValues = {}): string {
    return redactSecrets(text, Object.values(values)).slice(0, 1000);
  }
}
