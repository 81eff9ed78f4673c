// Training: ml-kmeans with k-means++ seeding and a fixed seed, on a deterministic sample of rows.
// k-means++ in ml-kmeans costs O(n·k) row copies, so it is run (with restarts) on a smaller
// sub-sample, and its best result seeds Lloyd iterations on the whole training sample.
import { withDefaults } from '../defaults';
import { SegmentationError } from '../errors';
import { deriveSeed, sampleIndices, takeRows } from '../random';
import { assignAll, inertiaOf } from './assign';
import { countDistinctRows } from './distinct';
import { mlKMeans } from './ml-kmeans';
import type { MlKMeansResult } from './ml-kmeans';

export interface TrainOptions {
  seed: number;
  /** Rows used for training (default 100 000); larger inputs are sampled with the seed. */
  sampleCap?: number;
  /** Rows used for the k-means++ seeding runs (default 5000). */
  initSampleSize?: number;
  /** k-means++ runs on the seeding sample; the lowest inertia wins (default 3). */
  restarts?: number;
  maxIterations?: number;
  tolerance?: number;
}

export interface TrainResult {
  /** k × d row-major. */
  centroids: Float64Array;
  k: number;
  iterations: number;
  converged: boolean;
  trainRows: number;
}

const DEFAULTS = { sampleCap: 100_000, initSampleSize: 5_000, restarts: 3, maxIterations: 100, tolerance: 1e-6 };
/** Seeding runs only need to land near a good optimum; the full-sample run finishes the job. */
const SEEDING_MAX_ITERATIONS = 25;

export function trainKMeans(matrix: Float64Array, n: number, d: number, k: number, options: TrainOptions): TrainResult {
  const opts = withDefaults(DEFAULTS, options);
  if (!Number.isInteger(k) || k < 1) throw new SegmentationError('INVALID_OPTIONS', `k must be a positive integer, got ${k}`);
  if (n < k) throw new SegmentationError('TOO_FEW_CANDIDATES', `Cannot form ${k} segments from ${n} candidates`);
  const rows = sampleIndices(n, opts.sampleCap, deriveSeed(opts.seed, 1));
  const sample = rows.length === n ? matrix.subarray(0, n * d) : takeRows(matrix, d, rows);
  const m = rows.length;
  const distinct = countDistinctRows(sample, m, d, k);
  if (distinct < k) {
    throw new SegmentationError(
      'TOO_FEW_CANDIDATES',
      `Cannot form ${k} segments: the ${m} training rows have only ${distinct} distinct feature profile(s)`,
    );
  }
  if (k === 1) return { centroids: columnMeans(sample, m, d), k, iterations: 0, converged: true, trainRows: m };

  const seeded = seedCentroids(sample, m, d, k, opts);
  if (seeded.onWholeSample && seeded.converged) {
    // Small inputs: the seeding run already converged on all the training rows.
    const centroids = Float64Array.from(seeded.centroids.flat());
    return { centroids, k, iterations: seeded.iterations, converged: true, trainRows: m };
  }
  // Views into the typed sample, not copies: ml-kmeans only indexes rows and reads .length.
  const views = Array.from({ length: m }, (_, i) => sample.subarray(i * d, (i + 1) * d));
  const result = mlKMeans(views, k, {
    initialization: seeded.centroids,
    maxIterations: opts.maxIterations,
    tolerance: opts.tolerance,
  });
  return {
    centroids: Float64Array.from(result.centroids.flat()),
    k,
    iterations: result.iterations,
    converged: result.converged,
    trainRows: m,
  };
}

/** k-means++ (ml-kmeans, seeded) on a sub-sample; returns the restart with the lowest inertia. */
function seedCentroids(
  sample: Float64Array,
  m: number,
  d: number,
  k: number,
  opts: typeof DEFAULTS & TrainOptions,
): { centroids: number[][]; converged: boolean; iterations: number; onWholeSample: boolean } {
  let sub = sample;
  let subRows = m;
  if (m > opts.initSampleSize) {
    const picked = sampleIndices(m, opts.initSampleSize, deriveSeed(opts.seed, 2));
    const candidate = takeRows(sample, d, picked);
    // A rare profile may be missing from the sub-sample; then seed on the whole sample.
    if (countDistinctRows(candidate, picked.length, d, k) >= k) {
      sub = candidate;
      subRows = picked.length;
    }
  }
  // k-means++ in ml-kmeans builds an ml-matrix, which wants plain arrays.
  const arrays = Array.from({ length: subRows }, (_, i) => Array.from(sub.subarray(i * d, (i + 1) * d)));
  let best: MlKMeansResult | undefined;
  let bestInertia = Infinity;
  for (let r = 0; r < Math.max(1, opts.restarts); r++) {
    const result = mlKMeans(arrays, k, {
      seed: deriveSeed(opts.seed, 100 + r),
      initialization: 'kmeans++',
      maxIterations: Math.min(opts.maxIterations, SEEDING_MAX_ITERATIONS),
      tolerance: opts.tolerance,
    });
    const inertia = inertiaOf(assignAll(sub, subRows, d, result.centroids).distances);
    if (inertia < bestInertia) {
      bestInertia = inertia;
      best = result;
    }
  }
  if (best === undefined) throw new Error('unreachable: no k-means++ run');
  return { centroids: best.centroids, converged: best.converged, iterations: best.iterations, onWholeSample: sub === sample };
}

function columnMeans(sample: Float64Array, m: number, d: number): Float64Array {
  const means = new Float64Array(d);
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) means[j] += sample[i * d + j];
  for (let j = 0; j < d; j++) means[j] /= m;
  return means;
}
