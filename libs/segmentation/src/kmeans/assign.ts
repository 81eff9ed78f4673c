// Nearest-centroid assignment over the typed matrix: the one pass that labels every candidate
// (training only sees a sample). Kept free of allocations and function calls in the inner loop.
import { SegmentationError } from '../errors';

export interface Assignment {
  /** Segment index of each row. */
  labels: Int32Array;
  /** Euclidean distance of each row to its centroid (in encoded units). */
  distances: Float64Array;
}

type Centroids = Float64Array | readonly (readonly number[])[];

/** Accepts centroids as a k × d row-major typed array or as k arrays of d numbers (model JSON). */
export function flattenCentroids(centroids: Centroids, d: number): Float64Array {
  return centroidShape(centroids, d).flat;
}

export function assignAll(matrix: Float64Array, n: number, d: number, centroids: Centroids): Assignment {
  const { flat, k } = centroidShape(centroids, d);
  if (matrix.length < n * d) {
    throw new SegmentationError('DIMENSION_MISMATCH', `Matrix holds ${matrix.length} values, expected ${n} × ${d}`);
  }
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  assignRange(matrix, d, flat, k, 0, n, labels, distances);
  return { labels, distances };
}

function centroidShape(centroids: Centroids, d: number): { flat: Float64Array; k: number } {
  let flat: Float64Array;
  let k: number;
  if (centroids instanceof Float64Array) {
    flat = centroids;
    // With zero columns a typed array cannot tell how many centroids it holds: one is enough.
    k = d === 0 ? 1 : centroids.length / d;
  } else {
    if (centroids.some((c) => c.length !== d)) {
      throw new SegmentationError('DIMENSION_MISMATCH', `Every centroid must have ${d} values`);
    }
    flat = Float64Array.from(centroids.flat());
    k = centroids.length;
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new SegmentationError('DIMENSION_MISMATCH', `Centroids do not form k × ${d} values`);
  }
  return { flat, k };
}

/**
 * Assigns rows [start, end) (so a caller can chunk the pass and report progress). Ties go to the
 * lowest centroid index. The partial sum is checked against the best distance every 8 columns:
 * once a centroid is already farther than the best one, the rest of its columns are skipped.
 */
export function assignRange(
  matrix: Float64Array,
  d: number,
  centroids: Float64Array,
  k: number,
  start: number,
  end: number,
  labels: Int32Array,
  distances: Float64Array,
): void {
  for (let i = start; i < end; i++) {
    const row = i * d;
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < k; c++) {
      const base = c * d;
      let sum = 0;
      let j = 0;
      while (j < d) {
        const stop = j + 8 < d ? j + 8 : d;
        for (; j < stop; j++) {
          const diff = matrix[row + j] - centroids[base + j];
          sum += diff * diff;
        }
        if (sum >= bestDist) break;
      }
      if (sum < bestDist) {
        bestDist = sum;
        best = c;
      }
    }
    labels[i] = best;
    distances[i] = Math.sqrt(bestDist === Infinity ? 0 : bestDist);
  }
}

/** The textbook loop, with no tricks: the baseline `assignAll` is benchmarked against. */
export function nearestCentroidReference(matrix: Float64Array, n: number, d: number, centroids: Float64Array): Assignment {
  const k = centroids.length / d;
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (let j = 0; j < d; j++) {
        const diff = matrix[i * d + j] - centroids[c * d + j];
        sum += diff * diff;
      }
      if (sum < bestDist) {
        bestDist = sum;
        best = c;
      }
    }
    labels[i] = best;
    distances[i] = Math.sqrt(bestDist);
  }
  return { labels, distances };
}

/** Sum of squared distances: the K-means objective. */
export function inertiaOf(distances: Float64Array): number {
  let total = 0;
  for (let i = 0; i < distances.length; i++) total += distances[i] * distances[i];
  return total;
}
