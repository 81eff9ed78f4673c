import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Libraries that cost a lot of heap and start-up time load on first use (common/on-first-use.ts), not
 * with the application's modules: google-ads-api ~110 MB and 0.9 s, @faker-js/faker ~17 MB
 * (docs/BENCHMARKS.md, "google-ads-api loads on first use").
 */
const FIRST_USE_ONLY = ['google-ads-api', '@faker-js/faker'];

describe('libraries loaded on first use', () => {
  it("are not loaded by the application's modules", async () => {
    // A process of its own: jest's module registry is not Node's require cache.
    const script = [
      "require('reflect-metadata');",
      "require('./apps/api/src/app.module');",
      `const wanted = ${JSON.stringify(FIRST_USE_ONLY.map((name) => `/node_modules/${name}/`))};`,
      'const loaded = Object.keys(require.cache).filter((file) => wanted.some((dir) => file.includes(dir)));',
      'process.stdout.write(JSON.stringify(loaded));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: join(__dirname, '../../../..') });
    expect(JSON.parse(stdout)).toEqual([]);
  }, 60_000);
});
