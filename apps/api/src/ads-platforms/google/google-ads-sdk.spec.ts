import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { googleAdsSdk } from './google-ads-sdk';

describe('googleAdsSdk', () => {
  it("is not loaded by the application's modules: only a Google Ads call loads it", async () => {
    // A process of its own: jest's module registry is not Node's require cache.
    const script = [
      "require('reflect-metadata');",
      "require('./apps/api/src/app.module');",
      "const loaded = Object.keys(require.cache).filter((file) => file.includes('/node_modules/google-ads-api/'));",
      'process.stdout.write(JSON.stringify(loaded));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: join(__dirname, '../../../../..') });
    expect(JSON.parse(stdout)).toEqual([]);
  }, 60_000);

  it('loads the library on first use, once', () => {
    const sdk = googleAdsSdk();
    expect(sdk.enums.CampaignStatus.PAUSED).toBe(3);
    expect(googleAdsSdk()).toBe(sdk);
  });
});
