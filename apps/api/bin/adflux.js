#!/usr/bin/env node
// `npx adflux`: the compiled build (apps/api/dist, `npm run build:api`) when it is at least as new as every source
// file, which skips compiling TypeScript on every start; otherwise the sources through swc (a checkout being edited).
// ADFLUX_CLI_SOURCE=1 always runs the sources.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const sources = join(__dirname, '../src');
const build = join(__dirname, '../dist/cli/adflux.cli.js');

/** Newest modification time of the .ts files under `dir` (a few ms for the whole API). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const hasSources = existsSync(sources);
const buildIsCurrent = existsSync(build) && (!hasSources || (process.env.ADFLUX_CLI_SOURCE !== '1' && statSync(build).mtimeMs >= newestSource(sources)));
if (buildIsCurrent) {
  require(build);
} else {
  require('@swc-node/register');
  require(join(sources, 'cli/adflux.cli.ts'));
}
