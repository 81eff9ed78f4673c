#!/usr/bin/env node
// Prints the architecture figures the docs quote: files that take a database handle outside repositories
// and database/, and imports that cross API modules (all of them, and the deep ones that bypass a module's
// public entry: index.ts or *.api.ts). Run: `npm run arch` (add --list to see the files).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import boundaries from './eslint/module-boundaries.cjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'apps/api/src');
const list = process.argv.includes('--list');
const { crossModuleImport } = boundaries;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const isRepository = (file) => /\.repository\.ts$/.test(file) || file.includes('/database/') || /\.entity\.ts$/.test(file);

const files = walk(src);
const dbHandles = [];
const crossImports = [];
const deepImports = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!isRepository(file) && /\b(DataSource|EntityManager|QueryRunner|PoolClient|getRepository)\b|from 'pg'/.test(text)) dbHandles.push(file);
  // Same classification as the lint rule adflux/module-boundaries (index.ts or a root-level *.api.ts is public).
  for (const match of text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
    const crossing = crossModuleImport(file, match[1], src);
    if (!crossing) continue;
    const row = `${relative(src, file)} -> ${crossing.target}`;
    crossImports.push(row);
    if (crossing.deep) deepImports.push(row);
  }
}

const show = (title, rows) => {
  console.log(`${title}: ${rows.length}`);
  if (list) for (const row of rows) console.log(`  ${row}`);
};
show('files taking a database handle outside repositories and database/', dbHandles.map((f) => relative(src, f)));
show('imports across feature modules', crossImports);
show('deep imports across feature modules (not through index.ts / a root *.api.ts; lint refuses them)', deepImports);
