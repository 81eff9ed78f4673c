import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageKey, isImageKey, type ImageStorage } from './image-storage';

/**
 * Images as files `<dir>/<sha256>.<ext>`. Writes go to a temporary name first and are renamed into
 * place, so a reader never sees half a file and a crash leaves at most a `.tmp-*` file. The api and
 * worker processes must see the same directory (the worker uploads images to the platforms).
 */
export class DiskImageStorage implements ImageStorage {
  constructor(private readonly dir: string) {}

  async put(bytes: Buffer, ext: string): Promise<string> {
    const key = imageKey(bytes, ext);
    if (!isImageKey(key)) throw new Error(`unsupported image extension "${ext}"`);
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.tmp-${randomUUID()}`);
    try {
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, join(this.dir, key));
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    // The pattern admits no path separators or dots but the extension's: no traversal.
    if (!isImageKey(key)) return null;
    try {
      return await readFile(join(this.dir, key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
}
