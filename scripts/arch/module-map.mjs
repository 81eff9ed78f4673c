// The module map of docs/ARCHITECTURE.md, computed from the real imports: which API module imports which
// (through their index.ts), layered bottom-up. Modules that import each other share a layer and are named together.

/** Tarjan's strongly connected components of `graph` (Map module -> Set of modules it imports). */
function components(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const dep of graph.get(node) ?? []) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(node, Math.min(low.get(node), low.get(dep)));
      } else if (onStack.has(dep)) low.set(node, Math.min(low.get(node), index.get(dep)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      result.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return result;
}

/** Rows bottom-up: { layer, modules (a cycle when more than one), imports (modules of lower layers it uses) }. */
export function moduleLayers(graph) {
  const comps = components(graph);
  const compOf = new Map(comps.flatMap((c, i) => c.map((m) => [m, i])));
  const layer = new Map();
  // Tarjan emits a component after every component it depends on, so one pass in order suffices.
  comps.forEach((c, i) => {
    const deps = c.flatMap((m) => [...(graph.get(m) ?? [])]).map((d) => compOf.get(d)).filter((j) => j !== i);
    layer.set(i, deps.length ? 1 + Math.max(...deps.map((j) => layer.get(j))) : 0);
  });
  return comps
    .map((modules, i) => ({
      layer: layer.get(i),
      modules,
      imports: [...new Set(modules.flatMap((m) => [...(graph.get(m) ?? [])]))].filter((d) => !modules.includes(d)).sort(),
    }))
    .sort((a, b) => a.layer - b.layer || a.modules[0].localeCompare(b.modules[0]));
}

/** The markdown table docs/ARCHITECTURE.md holds between the module-map markers. */
export function renderModuleMap(graph) {
  const rows = moduleLayers(graph).map(({ layer, modules, imports }) => {
    const name = modules.map((m) => `\`${m}\``).join(', ') + (modules.length > 1 ? ' (import each other)' : '');
    const inner = modules.length > 1
      ? modules.map((m) => `${m} → ${[...graph.get(m)].filter((d) => modules.includes(d)).sort().join(', ')}`).join('; ')
      : '';
    const uses = imports.length ? imports.map((d) => `\`${d}\``).join(', ') : '—';
    return `| ${layer} | ${name} | ${uses}${inner ? ` (inside: ${inner})` : ''} |`;
  });
  return ['| Layer | Module | Imports (through their index.ts), besides shared plumbing |', '| --- | --- | --- |', ...rows].join('\n');
}
