import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress';

describe('precompressDirectory', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip twins of text files that decompress to the original, and skips small and binary files', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'assets'));
    const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `row ${i}` })))};`;
    writeFileSync(join(dir, 'assets', 'index-abc12345.js'), script);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tiny</title>');
    writeFileSync(join(dir, 'assets', 'logo-abc12345.png'), Buffer.alloc(4096, 7));

    expect(precompressDirectory(dir)).toEqual([join('assets', 'index-abc12345.js')]);
    const file = join(dir, 'assets', 'index-abc12345.js');
    const br = readFileSync(`${file}.br`);
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(br.length).toBeLessThan(script.length / 4);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'logo-abc12345.png.br'))).toBe(false);
  });
});
