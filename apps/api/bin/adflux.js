#!/usr/bin/env node
// `npx adflux`: the TypeScript sources in a checkout (through swc), the build when only dist is there.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, '../src/cli/adflux.cli.ts');
if (existsSync(source)) {
  require('@swc-node/register');
  require(source);
} else {
  require(join(__dirname, '../dist/cli/adflux.cli.js'));
}
