import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config/app-config';
import { mask, SecretBox, SecretBoxError } from './secret-box';

const key = () => randomBytes(32).toString('base64');
const SECRETS = { accessToken: 'EAAB-very-secret-token-1234', appSecret: 'f00dbabe' };

describe('SecretBox', () => {
  const k1 = key();
  const box = new SecretBox('k1', { k1 });

  it('round-trips a JSON object and tags it with the current key id', () => {
    const sealed = box.seal(SECRETS, 'row-1');
    expect(sealed.keyId).toBe('k1');
    expect(box.open(sealed, 'row-1')).toEqual(SECRETS);
  });

  it('never puts the plaintext in the ciphertext and uses a fresh IV each time', () => {
    const a = box.seal(SECRETS);
    const b = box.seal(SECRETS);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.ciphertext).not.toContain('secret');
    expect(Buffer.from(a.ciphertext, 'base64').toString('latin1')).not.toContain(SECRETS.accessToken);
  });

  it('refuses tampered ciphertext', () => {
    const sealed = box.seal(SECRETS);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    raw[raw.length - 1] ^= 0x01;
    expect(() => box.open({ ...sealed, ciphertext: raw.toString('base64') })).toThrow(SecretBoxError);
  });

  it('refuses a tampered auth tag and truncated data', () => {
    const sealed = box.seal(SECRETS);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    raw[12] ^= 0x80;
    expect(() => box.open({ ...sealed, ciphertext: raw.toString('base64') })).toThrow(/does not authenticate/);
    expect(() => box.open({ ...sealed, ciphertext: raw.subarray(0, 20).toString('base64') })).toThrow(/truncated/);
  });

  it('refuses a ciphertext moved to another row (context is authenticated)', () => {
    const sealed = box.seal(SECRETS, 'row-1');
    expect(() => box.open(sealed, 'row-2')).toThrow(SecretBoxError);
  });

  it('names an unknown key id without revealing anything else', () => {
    const sealed = box.seal(SECRETS);
    expect(() => box.open({ ...sealed, keyId: 'k9' })).toThrow(/unknown encryption key id "k9"/);
  });

  it('refuses a ciphertext relabelled with another known key id', () => {
    const two = new SecretBox('k1', { k1, k2: key() });
    const sealed = two.seal(SECRETS);
    expect(() => two.open({ ...sealed, keyId: 'k2' })).toThrow(SecretBoxError);
  });

  it('rotation: the new box opens old ciphertexts, seals with the new key, flags old ones stale', () => {
    const old = new SecretBox('k1', { k1 });
    const sealedOld = old.seal(SECRETS, 'row-1');
    const rotated = new SecretBox('k2', { k1, k2: key() });
    expect(rotated.open(sealedOld, 'row-1')).toEqual(SECRETS);
    expect(rotated.isStale(sealedOld)).toBe(true);
    const resealed = rotated.seal(SECRETS, 'row-1');
    expect(resealed.keyId).toBe('k2');
    expect(rotated.isStale(resealed)).toBe(false);
    // The retired-only box cannot read what the new key sealed.
    expect(() => old.open(resealed, 'row-1')).toThrow(/unknown encryption key id "k2"/);
  });

  it('builds its keyring from config (APP_ENCRYPTION_OLD_KEYS = id:base64,...)', () => {
    const k0 = key();
    const current = key();
    const config = loadConfig({ APP_ENCRYPTION_KEY: current, APP_ENCRYPTION_KEY_ID: 'k2', APP_ENCRYPTION_OLD_KEYS: `k0:${k0}, k1:${k1}` });
    const fromConfig = SecretBox.fromConfig(config);
    expect(fromConfig.currentKeyId).toBe('k2');
    expect(fromConfig.open(box.seal(SECRETS))).toEqual(SECRETS);
    expect(fromConfig.open(new SecretBox('k0', { k0 }).seal(SECRETS))).toEqual(SECRETS);
  });

  it('config rejects malformed or repeated old keys', () => {
    expect(() => loadConfig({ APP_ENCRYPTION_OLD_KEYS: 'k0:short' })).toThrow(/APP_ENCRYPTION_OLD_KEYS/);
    expect(() => loadConfig({ APP_ENCRYPTION_OLD_KEYS: `nocolon${key()}` })).toThrow(/APP_ENCRYPTION_OLD_KEYS/);
    expect(() => loadConfig({ APP_ENCRYPTION_OLD_KEYS: `k1:${key()}` })).toThrow(/repeats the key id "k1"/);
    expect(loadConfig({}).encryptionOldKeys).toEqual([]);
  });

  it('refuses a keyring without the current key or with a short key', () => {
    expect(() => new SecretBox('k2', { k1 })).toThrow(/not in the keyring/);
    expect(() => new SecretBox('k1', { k1: Buffer.alloc(16).toString('base64') })).toThrow(/not 32 bytes/);
  });
});

describe('mask', () => {
  it('shows only the last four characters of a long secret', () => {
    expect(mask('EAABsecrettoken1234')).toBe('••••1234');
  });

  it('shows nothing of a short or missing secret', () => {
    expect(mask('abcd1234')).toBe('••••');
    expect(mask('')).toBe('••••');
    expect(mask(undefined)).toBe('••••');
  });
});
