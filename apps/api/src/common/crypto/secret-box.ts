import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';

/**
 * AES-256-GCM for small JSON secrets (platform credentials) stored in the database.
 * Sealed form: base64 of `iv (12 bytes) | auth tag (16 bytes) | ciphertext`, plus the id of the
 * key that sealed it, stored beside it so keys can rotate: the current key seals, any key in the
 * ring opens. The key id and an optional context (e.g. the row id) are bound in as additional
 * authenticated data, so a ciphertext copied to another row or relabelled with another key id
 * fails to open instead of decrypting under the wrong identity.
 */
export interface Sealed {
  ciphertext: string;
  keyId: string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;

  /** `keys` maps key id → 32-byte key (base64); `currentKeyId` must be one of them. */
  constructor(readonly currentKeyId: string, keys: Record<string, string>) {
    const ring = new Map<string, Buffer>();
    for (const [id, base64] of Object.entries(keys)) {
      const key = Buffer.from(base64, 'base64');
      if (key.length !== 32) throw new SecretBoxError(`encryption key "${id}" is not 32 bytes`);
      ring.set(id, key);
    }
    if (!ring.has(currentKeyId)) throw new SecretBoxError(`current encryption key "${currentKeyId}" is not in the keyring`);
    this.keys = ring;
  }

  static fromConfig(config: Pick<AppConfig, 'encryptionKey' | 'encryptionKeyId' | 'encryptionOldKeys'>): SecretBox {
    const keys: Record<string, string> = Object.fromEntries(config.encryptionOldKeys.map((k) => [k.id, k.key]));
    keys[config.encryptionKeyId] = config.encryptionKey;
    return new SecretBox(config.encryptionKeyId, keys);
  }

  seal(value: Record<string, unknown>, context = ''): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(aad(this.currentKeyId, context));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), keyId: this.currentKeyId };
  }

  /** Throws SecretBoxError (never the plaintext) when the key is unknown or the data was altered. */
  open<T extends Record<string, unknown> = Record<string, unknown>>(sealed: Sealed, context = ''): T {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new SecretBoxError(`unknown encryption key id "${sealed.keyId}" (set it in APP_ENCRYPTION_OLD_KEYS)`);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('ciphertext is truncated');
    try {
      const decipher = createDecipheriv(ALGORITHM, key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(aad(sealed.keyId, context));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as T;
    } catch {
      throw new SecretBoxError(`ciphertext does not authenticate with key "${sealed.keyId}"`);
    }
  }

  /** True when the value was sealed with a retired key and should be sealed again. */
  isStale(sealed: Pick<Sealed, 'keyId'>): boolean {
    return sealed.keyId !== this.currentKeyId;
  }
}

function aad(keyId: string, context: string): Buffer {
  return Buffer.from(`adflux/v1|${keyId}|${context}`, 'utf8');
}

const MASK = '••••';
/** Below this length the last four characters would give away too much of the secret. */
const MIN_LENGTH_TO_SHOW_TAIL = 12;

/** `••••` + the last 4 characters, so an admin can tell secrets apart without seeing them. */
export function mask(value: string | null | undefined): string {
  if (!value) return MASK;
  return value.length >= MIN_LENGTH_TO_SHOW_TAIL ? MASK + value.slice(-4) : MASK;
}
