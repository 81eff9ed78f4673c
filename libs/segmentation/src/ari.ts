// Adjusted Rand index: agreement of two partitions corrected for chance (1 = identical up to
// relabelling, ~0 = random). Used to test clustering against planted structure and for stability.

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length) throw new Error(`Label arrays differ in length: ${n} vs ${b.length}`);
  const pairs = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
  }
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, x) => s + choose2(x), 0);
  const index = sum(pairs);
  const sumRows = sum(rows);
  const sumCols = sum(cols);
  const expected = n < 2 ? 0 : (sumRows * sumCols) / choose2(n);
  const max = (sumRows + sumCols) / 2;
  // Both partitions trivial (all in one cluster, or all singletons): they agree perfectly.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
