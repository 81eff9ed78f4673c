/// <reference types="node" />
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` beside every compressible file of a build,
 * once, so the server sends compressed bytes without compressing on each request.
 * Returns the files it compressed, relative to `dir`.
 */
export function precompressDirectory(dir: string, base = ''): string[] {
  const done: string[] = [];
  for (const name of readdirSync(join(dir, base))) {
    const relative = join(base, name);
    const path = join(dir, relative);
    if (statSync(path).isDirectory()) {
      done.push(...precompressDirectory(dir, relative));
      continue;
    }
    if (!COMPRESSIBLE.test(name)) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    done.push(relative);
  }
  return done;
}

/** Vite plugin: precompress the whole output directory after the build has written it. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'adflux-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
