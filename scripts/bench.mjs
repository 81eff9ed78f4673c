// `npm run bench`: runs every benchmark in turn and prints their figures.
// Each bench is a standalone TypeScript file; pass names to run a subset: npm run bench -- segmentation
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = [
  { name: 'segmentation', file: 'libs/segmentation/bench/segmentation.bench.ts' },
  { name: 'segmentation-e2e', file: 'apps/api/bench/segmentation-e2e.bench.ts' },
  { name: 'candidates-list', file: 'apps/api/bench/candidates-list.bench.ts' },
  { name: 'runs-kept', file: 'apps/api/bench/runs-kept.bench.ts' },
  { name: 'csv-import', file: 'apps/api/bench/csv-import.bench.ts' },
  { name: 'faults', file: 'apps/api/bench/faults.bench.ts' },
  { name: 'dashboard', file: 'apps/api/bench/dashboard.bench.ts' },
  { name: 'campaigns-list', file: 'apps/api/bench/campaigns-list.bench.ts' },
  { name: 'metrics-sync', file: 'apps/api/bench/metrics-sync.bench.ts' },
  { name: 'sse', file: 'apps/api/bench/sse.bench.ts' },
];

const wanted = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  if (!existsSync(bench.file)) {
    console.log(`\n=== ${bench.name}: missing (${bench.file})`);
    continue;
  }
  console.log(`\n=== ${bench.name} (${bench.file})`);
  const result = spawnSync(process.execPath, ['--expose-gc', '-r', '@swc-node/register', bench.file], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
