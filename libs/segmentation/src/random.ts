// Seeded randomness. Every random choice in the library goes through here, so the same data and
// seed always give the same samples (and therefore the same segments).

/** mulberry32 from a 32-bit state: tiny, fast, good enough for sampling and simulation; floats in [0, 1). */
export function mulberry32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The library's generator for a run seed. */
export function createRng(seed: number): () => number {
  return mulberry32((seed >>> 0) ^ 0x9e3779b9);
}

/** Derives an independent seed for a sub-task (e.g. one k of the k search) from the run seed. */
export function deriveSeed(seed: number, salt: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(salt + 1, 0x27d4eb2f);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * `size` distinct row indices out of `n`, sorted ascending (sorted keeps memory access sequential
 * when the rows are copied out of the big matrix). Returns all rows when size >= n.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  if (size >= n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const rng = createRng(seed);
  // Selection sampling (Knuth's algorithm S): one pass, output already sorted, no extra memory.
  const out = new Int32Array(size);
  let chosen = 0;
  for (let i = 0; i < n && chosen < size; i++) {
    if ((n - i) * rng() < size - chosen) out[chosen++] = i;
  }
  return out;
}

/** Copies the given rows of a row-major matrix into a new compact matrix. */
export function takeRows(matrix: Float64Array, d: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) {
    const from = rows[i] * d;
    out.set(matrix.subarray(from, from + d), i * d);
  }
  return out;
}
