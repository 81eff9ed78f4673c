#!/usr/bin/env node
// Prints the architecture figures the docs quote: files that take a database handle outside repositories
// and database/, and imports that cross API modules (all of them, and the deep ones that bypass a module's
// public entry: index.ts or *.api.ts). Run: `npm run arch` (add --list to see the files).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'apps/api/src');
const list = process.argv.includes('--list');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

// Modules whose files everyone may import: shared plumbing, not features.
const SHARED = new Set(['common', 'config', 'database', 'queues', 'redis', 'logging', 'http']);
const isRepository = (file) => /\.repository\.ts$/.test(file) || file.includes('/database/') || /\.entity\.ts$/.test(file);
const moduleOf = (file) => relative(src, file).split('/')[0];
const isPublicEntry = (file) => /(^|\/)index\.ts$/.test(file) || /\.api\.ts$/.test(file);

const files = walk(src);
const dbHandles = [];
const crossImports = [];
const deepImports = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!isRepository(file) && /\b(DataSource|EntityManager|QueryRunner|PoolClient|getRepository)\b|from 'pg'/.test(text)) dbHandles.push(file);
  for (const match of text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), match[1]);
    const targetFile = target.endsWith('.ts') ? target : [`${target}.ts`, join(target, 'index.ts')].find((p) => { try { return statSync(p).isFile(); } catch { return false; } }) ?? `${target}.ts`;
    if (!targetFile.startsWith(src)) continue;
    const [from, to] = [moduleOf(file), moduleOf(targetFile)];
    if (from === to || SHARED.has(to) || relative(src, file).split('/').length === 1 || relative(src, targetFile).split('/').length === 1) continue;
    crossImports.push(`${relative(src, file)} -> ${relative(src, targetFile)}`);
    if (!isPublicEntry(targetFile)) deepImports.push(`${relative(src, file)} -> ${relative(src, targetFile)}`);
  }
}

const show = (title, rows) => {
  console.log(`${title}: ${rows.length}`);
  if (list) for (const row of rows) console.log(`  ${row}`);
};
show('files taking a database handle outside repositories and database/', dbHandles.map((f) => relative(src, f)));
show('imports across feature modules', crossImports);
show('deep imports across feature modules (not through index.ts / *.api.ts)', deepImports);
