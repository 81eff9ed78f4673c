// Silhouette score on a sample. The pairwise distances do not depend on the labels, so they are
// computed once (m × m, float32 to halve memory) and reused for every k of the search.

/** Full m × m matrix of Euclidean distances between the rows of `sample`. */
export function pairwiseDistances(sample: Float64Array, m: number, d: number): Float32Array {
  const out = new Float32Array(m * m);
  for (let a = 0; a < m; a++) {
    const rowA = a * d;
    for (let b = a + 1; b < m; b++) {
      const rowB = b * d;
      let sum = 0;
      for (let j = 0; j < d; j++) {
        const diff = sample[rowA + j] - sample[rowB + j];
        sum += diff * diff;
      }
      const dist = Math.sqrt(sum);
      out[a * m + b] = dist;
      out[b * m + a] = dist;
    }
  }
  return out;
}

/**
 * Mean silhouette (−1 … 1) of the labelled rows; null when fewer than two clusters are non-empty
 * (the score is undefined). A row alone in its cluster scores 0, as in scikit-learn.
 */
export function silhouetteFromDistances(distances: Float32Array, m: number, labels: Int32Array, k: number): number | null {
  const counts = new Int32Array(k);
  for (let i = 0; i < m; i++) counts[labels[i]]++;
  if (counts.filter((c) => c > 0).length < 2) return null;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < m; i++) {
    sums.fill(0);
    const row = i * m;
    for (let j = 0; j < m; j++) sums[labels[j]] += distances[row + j];
    const own = labels[i];
    if (counts[own] === 1) continue; // contributes 0
    const a = sums[own] / (counts[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c]);
    }
    const scale = Math.max(a, b);
    total += scale > 0 ? (b - a) / scale : 0;
  }
  return total / m;
}

/** Silhouette of labelled rows of a (small) matrix; see `silhouetteFromDistances`. */
export function silhouetteScore(matrix: Float64Array, n: number, d: number, labels: Int32Array): number | null {
  let k = 0;
  for (let i = 0; i < n; i++) k = Math.max(k, labels[i] + 1);
  return silhouetteFromDistances(pairwiseDistances(matrix, n, d), n, labels, k);
}
