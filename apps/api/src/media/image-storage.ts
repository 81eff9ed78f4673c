import { createHash } from 'node:crypto';

/**
 * Where creative images live: a content-addressed store. The key is `<sha256 of the bytes>.<ext>`,
 * so storing the same image twice stores it once, a key never changes meaning, and URLs built on
 * it can be cached forever. DiskImageStorage keeps them under UPLOAD_DIR; an S3-compatible
 * implementation only has to provide these two calls (and be bound to IMAGE_STORAGE).
 */
export interface ImageStorage {
  /** Stores the bytes (idempotent) and returns their key. */
  put(bytes: Buffer, ext: string): Promise<string>;
  /** The bytes of a key, or null when nothing is stored under it (or the key is not a valid key). */
  get(key: string): Promise<Buffer | null>;
}

/** Nest provider token of the ImageStorage in use. */
export const IMAGE_STORAGE = 'IMAGE_STORAGE';

export const IMAGE_KEY_PATTERN = /^[0-9a-f]{64}\.(png|jpg|webp)$/;

export function imageKey(bytes: Buffer, ext: string): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;
}

export const isImageKey = (key: string): boolean => IMAGE_KEY_PATTERN.test(key);
