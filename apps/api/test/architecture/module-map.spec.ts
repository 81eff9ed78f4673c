import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

/** Runs scripts/arch/module-map.mjs (ESM, so outside jest's module system) on a graph given as plain object. */
function layers(graph: Record<string, string[]>): { layer: number; modules: string[]; imports: string[] }[] {
  const script = `import { moduleLayers } from ${JSON.stringify(join(root, 'scripts/arch/module-map.mjs'))};
    const graph = new Map(Object.entries(${JSON.stringify(graph)}).map(([m, deps]) => [m, new Set(deps)]));
    console.log(JSON.stringify(moduleLayers(graph)));`;
  const run = node(['--input-type=module', '-e', script]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('module map', () => {
  it('layers modules bottom-up and puts modules that import each other in one row', () => {
    expect(layers({ campaigns: ['jobs', 'auth'], jobs: ['auth', 'audit'], auth: ['audit', 'users'], users: ['auth'], audit: ['auth'], health: [] })).toEqual([
      { layer: 0, modules: ['audit', 'auth', 'users'], imports: [] },
      { layer: 0, modules: ['health'], imports: [] },
      { layer: 1, modules: ['jobs'], imports: ['audit', 'auth'] },
      { layer: 2, modules: ['campaigns'], imports: ['auth', 'jobs'] },
    ]);
  });

  it('a dependency pointing down a chain lifts the importer above the whole chain', () => {
    const rows = layers({ a: ['b'], b: ['c'], c: [], d: ['a', 'c'] });
    expect(rows.map((r) => [r.modules.join(), r.layer])).toEqual([['c', 0], ['b', 1], ['a', 2], ['d', 3]]);
  });

  it('docs/ARCHITECTURE.md holds the map of the current imports, and no import bypasses a module index', () => {
    const run = node([join(root, 'scripts/arch-report.mjs'), '--check-docs']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('deep imports across feature modules (not through index.ts / a root *.api.ts; lint refuses them): 0');
    expect(run.stdout).toContain('docs/ARCHITECTURE.md module map matches the imports');
  }, 60_000);
});
