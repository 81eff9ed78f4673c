// Launcher for the TypeScript benchmark without ts-node: .ts files are compiled on require with
// @swc/core. ml-* packages are ESM and load through Node ≥ 20.19's require(esm).
// Usage: node libs/segmentation/bench/run.js [--n 1000000] [--k 8] [--seed 42]
'use strict';
const fs = require('fs');
const path = require('path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

require(path.join(__dirname, 'segmentation.bench.ts'));
