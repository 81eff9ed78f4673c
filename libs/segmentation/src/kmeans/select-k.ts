// Choosing k: for every k in the range, K-means on a sample and the silhouette of that sample.
// The highest silhouette wins (the smaller k on a tie); every score is returned for plotting.
import { SegmentationError } from '../errors';
import { deriveSeed, sampleIndices, takeRows } from '../random';
import { assignAll, inertiaOf } from './assign';
import { countDistinctRows } from './distinct';
import { pairwiseDistances, silhouetteFromDistances } from './silhouette';
import { trainKMeans } from './train';

const SELECTION_SEEDING_ROWS = 1000;

export interface KScore {
  k: number;
  /** Null when undefined (fewer than two non-empty clusters). */
  silhouette: number | null;
  /** Sum of squared distances on the sample (for an elbow plot). */
  inertia: number;
}

export interface SelectKOptions {
  seed: number;
  kMin?: number;
  kMax?: number;
  /** Rows scored (default 3000; memory grows with its square). */
  sampleSize?: number;
  restarts?: number;
  /** Called after each k with the fraction done (0–1). */
  onStep?: (fraction: number) => void;
}

export interface SelectKResult {
  k: number;
  scores: KScore[];
  /** Rows of the matrix the scores were computed on. */
  sampleRows: Int32Array;
  /** Why the range was narrowed, if it was. */
  notes: string[];
}

export function selectK(matrix: Float64Array, n: number, d: number, options: SelectKOptions): SelectKResult {
  const sampleRows = sampleIndices(n, options.sampleSize ?? 3000, deriveSeed(options.seed, 3));
  const sample = takeRows(matrix, d, sampleRows);
  const m = sampleRows.length;
  return { ...scoreKRange(sample, m, d, pairwiseDistances(sample, m, d), options), sampleRows };
}

/** The k search on an already drawn sample and its pairwise distances (`pairwiseDistances`). */
export function scoreKRange(
  sample: Float64Array,
  m: number,
  d: number,
  pairDistances: Float32Array,
  options: Omit<SelectKOptions, 'sampleSize'>,
): Omit<SelectKResult, 'sampleRows'> {
  const plan = planKRange(sample, m, d, options.kMin, options.kMax);
  if (plan.kHigh < plan.kLow) return { k: 1, scores: [], notes: plan.notes };
  const scores: KScore[] = [];
  for (let k = plan.kLow; k <= plan.kHigh; k++) {
    scores.push(scoreK(sample, m, d, pairDistances, k, options));
    options.onStep?.((k - plan.kLow + 1) / (plan.kHigh - plan.kLow + 1));
  }
  return { k: pickBestK(scores), scores, notes: plan.notes };
}

/**
 * The k values worth scoring: a silhouette needs k ≤ m − 1, and K-means needs k distinct rows.
 * kHigh < kLow means none: the data supports a single segment only.
 */
export function planKRange(
  sample: Float64Array,
  m: number,
  d: number,
  kMin = 2,
  kMax = 10,
): { kLow: number; kHigh: number; notes: string[] } {
  if (!Number.isInteger(kMin) || !Number.isInteger(kMax) || kMin < 2 || kMax < kMin) {
    throw new SegmentationError('INVALID_OPTIONS', `k range must satisfy 2 ≤ kMin ≤ kMax, got ${kMin}–${kMax}`);
  }
  const distinct = countDistinctRows(sample, m, d, kMax);
  const kHigh = Math.min(kMax, m - 1, distinct);
  const notes: string[] = [];
  if (kHigh < kMax) {
    notes.push(`k range capped at ${kHigh}: the sample has ${m} rows and ${distinct} distinct feature profile(s)`);
  }
  if (kHigh < kMin) notes.push('No k in the range can be scored; using a single segment');
  return { kLow: kMin, kHigh, notes };
}

/** Trains K-means with k segments on the sample and scores it. */
export function scoreK(
  sample: Float64Array,
  m: number,
  d: number,
  pairDistances: Float32Array,
  k: number,
  options: { seed: number; restarts?: number },
): KScore {
  const model = trainKMeans(sample, m, d, k, {
    seed: deriveSeed(options.seed, 1000 + k),
    sampleCap: m,
    // Seeding on a third of the sample keeps ml-kmeans' O(n·k) k-means++ cheap across the range.
    initSampleSize: SELECTION_SEEDING_ROWS,
    restarts: options.restarts,
  });
  const { labels, distances } = assignAll(sample, m, d, model.centroids);
  return { k, silhouette: silhouetteFromDistances(pairDistances, m, labels, k), inertia: inertiaOf(distances) };
}

/** Highest silhouette; the smaller k on a tie (simpler segmentations first). */
export function pickBestK(scores: KScore[]): number {
  let best = scores[0];
  for (const s of scores) {
    if ((s.silhouette ?? -Infinity) > (best.silhouette ?? -Infinity) + 1e-9) best = s;
  }
  return best.k;
}
