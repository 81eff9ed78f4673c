// ESLint rule `adflux/module-boundaries`: an API module (a folder directly under apps/api/src) may import another
// module only through that module's public entry: its index.ts, or a `<name>.api.ts` at its root (a small entry
// with no providers, for pieces a module needs without loading the whole other module, which would close a
// load-time cycle). Shared plumbing folders may be imported deep from anywhere. `npm run arch` uses the same
// classification (`crossModuleImport`), so the figures it prints and the lint rule never disagree.
const fs = require('node:fs');
const path = require('node:path');

/** Folders every module may import deep: plumbing, not features. */
const SHARED_FOLDERS = ['common', 'config', 'database', 'queues', 'redis', 'logging', 'http'];

const isDirectory = (dir) => fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
const withoutExtension = (file) => file.replace(/\.(ts|tsx|js|mjs|cjs)$/, '');

/**
 * How an import from `fromFile` of `specifier` crosses modules under `srcRoot` (absolute paths), or null when it
 * does not cross (same module, shared plumbing, a package, files at the root of src such as app.module.ts).
 * `deep` is true when the import bypasses the target module's public entry.
 */
function crossModuleImport(fromFile, specifier, srcRoot, shared = SHARED_FOLDERS) {
  if (!specifier.startsWith('.')) return null;
  const from = path.relative(srcRoot, fromFile).split(path.sep);
  const to = path.relative(srcRoot, path.resolve(path.dirname(fromFile), specifier)).split(path.sep);
  if (from[0] === '..' || to[0] === '..' || from.length < 2 || to.length < 1) return null;
  const [fromModule, toModule] = [from[0], to[0]];
  if (to.length === 1 && !isDirectory(path.join(srcRoot, toModule))) return null; // a file at the root: app.module, main
  if (fromModule === toModule || shared.includes(toModule)) return null;
  const inside = withoutExtension(to.slice(1).join('/'));
  const deep = !(inside === '' || inside === 'index' || /^[\w.-]+\.api$/.test(inside));
  return { fromModule, toModule, target: to.join('/'), deep };
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: "Import another API module only through its index.ts or a root-level *.api.ts (see docs/CONVENTIONS.md)" },
    schema: [{
      type: 'object',
      properties: { srcRoot: { type: 'string' }, shared: { type: 'array', items: { type: 'string' } } },
      required: ['srcRoot'],
      additionalProperties: false,
    }],
    messages: {
      deep: "'{{specifier}}' reaches into the internals of module '{{toModule}}': import it from '{{entry}}' (its index.ts), exporting it there if other modules legitimately need it.",
    },
  },
  create(context) {
    const { srcRoot, shared } = context.options[0];
    const root = path.resolve(context.cwd ?? process.cwd(), srcRoot);
    const filename = context.filename ?? context.getFilename();
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const crossing = crossModuleImport(filename, node.value, root, shared);
      if (!crossing?.deep) return;
      let entry = path.relative(path.dirname(filename), path.join(root, crossing.toModule)).split(path.sep).join('/');
      if (!entry.startsWith('.')) entry = `./${entry}`;
      context.report({ node, messageId: 'deep', data: { specifier: node.value, toModule: crossing.toModule, entry } });
    };
    const isModuleCall = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'require') ||
      (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'jest' &&
        callee.property.type === 'Identifier' && ['mock', 'doMock', 'requireActual', 'requireMock'].includes(callee.property.name));
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      CallExpression: (node) => { if (isModuleCall(node.callee)) check(node.arguments[0]); },
    };
  },
};

module.exports = { rule, crossModuleImport, SHARED_FOLDERS };
