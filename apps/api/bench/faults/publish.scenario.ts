import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { FaultScenario } from './fault-scenario';

/** The publishing fault run (platform errors, timeouts after commit), in its own process as before. */
export const publishUnderPlatformFaults: FaultScenario = {
  name: 'publish-platform-faults',
  description: 'publications through a platform failing 20 % of calls (rate limits, 5xx, timeouts after commit)',
  async run() {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../publish-faults.bench.ts')], { stdio: 'inherit' });
    return { figures: [['exit status', result.status ?? 'killed']], ok: result.status === 0 };
  },
};
