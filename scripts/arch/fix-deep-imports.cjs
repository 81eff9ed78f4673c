#!/usr/bin/env node
// Rewrites every deep cross-module import in apps/api/src (what adflux/module-boundaries refuses) to the target
// module's public entry, merging imports that end up with the same specifier. The entry is a root-level *.api.ts
// of the target when it exports every imported name, else the module's index.ts. Then run
// `npx tsc -p apps/api/tsconfig.json --noEmit`: a name the entry does not export yet is reported there; export it
// from the owner's index.ts (leaf files first, the Nest module last) if other modules legitimately need it.
// Run: `node scripts/arch/fix-deep-imports.cjs` (writes files; review the diff).
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { crossModuleImport } = require('../eslint/module-boundaries.cjs');

const srcRoot = path.resolve(__dirname, '../../apps/api/src');
const walk = (dir) => fs.readdirSync(dir).flatMap((name) => {
  const file = path.join(dir, name);
  return fs.statSync(file).isDirectory() ? walk(file) : file.endsWith('.ts') ? [file] : [];
});
const relativeTo = (from, to) => {
  const rel = path.relative(path.dirname(from), to).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};
const importedNames = (decl) => decl.importClause?.namedBindings?.elements?.map((el) => (el.propertyName ?? el.name).text) ?? [];

/** Names a `export { … } from` entry file re-exports (entries are re-export lists). */
function reExported(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return new Set(source.statements.filter(ts.isExportDeclaration).flatMap((decl) =>
    decl.exportClause && ts.isNamedExports(decl.exportClause) ? decl.exportClause.elements.map((el) => el.name.text) : []));
}

/** The entry to import `names` of module `toModule` from: an *.api.ts exporting them all, else the index. */
function entryFor(file, toModule, names) {
  const moduleDir = path.join(srcRoot, toModule);
  for (const api of fs.readdirSync(moduleDir).filter((name) => name.endsWith('.api.ts'))) {
    const exported = reExported(path.join(moduleDir, api));
    if (names.length && names.every((name) => exported.has(name))) return relativeTo(file, path.join(moduleDir, api.replace(/\.ts$/, '')));
  }
  return relativeTo(file, moduleDir);
}

let changed = 0;
for (const file of walk(srcRoot)) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports = source.statements.filter(ts.isImportDeclaration);
  const target = new Map(imports.map((decl) => {
    const crossing = crossModuleImport(file, decl.moduleSpecifier.text, srcRoot);
    return [decl, crossing?.deep ? entryFor(file, crossing.toModule, importedNames(decl)) : decl.moduleSpecifier.text];
  }));
  const rewritten = imports.filter((decl) => target.get(decl) !== decl.moduleSpecifier.text);
  if (rewritten.length === 0) continue;
  const edits = [];
  for (const entry of new Set(rewritten.map((decl) => target.get(decl)))) {
    const group = imports.filter((decl) => target.get(decl) === entry);
    if (group.some((decl) => !decl.importClause?.namedBindings || !ts.isNamedImports(decl.importClause.namedBindings) || decl.importClause.name)) {
      throw new Error(`${path.relative(srcRoot, file)}: only named imports can be rewritten; fix by hand`);
    }
    const names = group.flatMap((decl) => decl.importClause.namedBindings.elements.map((el) => ({
      text: (el.propertyName ? `${el.propertyName.text} as ` : '') + el.name.text,
      type: decl.importClause.isTypeOnly || el.isTypeOnly,
    })));
    const unique = [...new Map(names.map((n) => [`${n.text}|${n.type}`, n])).values()].sort((a, b) => a.text.localeCompare(b.text, 'en', { sensitivity: 'base' }));
    const allTypes = unique.every((n) => n.type);
    const list = unique.map((n) => (n.type && !allTypes ? `type ${n.text}` : n.text)).join(', ');
    edits.push({ start: group[0].getStart(), end: group[0].getEnd(), text: `import ${allTypes ? 'type ' : ''}{ ${list} } from '${entry}';` });
    for (const decl of group.slice(1)) edits.push({ start: decl.getStart(), end: decl.getEnd() + (text[decl.getEnd()] === '\n' ? 1 : 0), text: '' });
  }
  const out = edits.sort((a, b) => b.start - a.start).reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
  fs.writeFileSync(file, out);
  changed += 1;
}
console.log(`${changed} files rewritten`);
