// The high-level entry point: candidates in; model, labels, profiles and map out.
// encode → select_k → train → assign → profile, each reported through the progress callback.
import { createRowEncoder, encodeRange } from './encoder/encode';
import type { EncoderOptions, FittedEncoder } from './encoder/encoder-types';
import { fitEncoder } from './encoder/fit-encoder';
import { SegmentationError } from './errors';
import { assignRange, inertiaOf } from './kmeans/assign';
import { pickBestK, planKRange, scoreK } from './kmeans/select-k';
import type { KScore } from './kmeans/select-k';
import { pairwiseDistances, silhouetteFromDistances } from './kmeans/silhouette';
import { trainKMeans } from './kmeans/train';
import { MODEL_VERSION } from './model';
import type { SegmentationModel } from './model';
import { nameProfiles } from './profile/naming';
import type { ProfileOptions, SegmentProfile } from './profile/profile-types';
import { computeSegmentStats } from './profile/profiles';
import { ProgressReporter } from './progress';
import { projectMap } from './projection';
import type { SegmentMap } from './projection';
import { deriveSeed, sampleIndices, takeRows } from './random';
import type { CandidateFeatures, ProgressCallback } from './types';

export interface SegmentationOptions extends EncoderOptions {
  /**
   * Fixed number of segments. It must not exceed the number of candidates (nor of distinct
   * feature profiles): that is an error, not silently clamped. Omit it to choose k automatically.
   */
  k?: number;
  /** Range searched when k is automatic (default 2–10; narrowed when the data has too few rows). */
  kMin?: number;
  kMax?: number;
  /** Seed of every random choice (default 42): same data + seed → same segments. */
  seed?: number;
  /** Rows K-means is trained on (default 100 000); every row is assigned afterwards. */
  sampleCap?: number;
  /** Rows the silhouette is computed on (default 3000). */
  silhouetteSampleSize?: number;
  /** Points on the 2-D map (default 2000). */
  mapSampleSize?: number;
  /** k-means++ restarts (default 3; the lowest inertia wins). */
  restarts?: number;
  maxIterations?: number;
  profile?: ProfileOptions;
  signal?: AbortSignal;
}

export interface SegmentationResult {
  model: SegmentationModel;
  /** Segment of each candidate, in input order. */
  labels: Int32Array;
  /** Distance of each candidate to its segment's centroid. */
  distances: Float64Array;
  profiles: SegmentProfile[];
  map: SegmentMap;
  /** Decisions the caller may want to show (e.g. a narrowed k range). */
  notes: string[];
}

/** Rows per chunk between progress reports / event-loop yields. */
const CHUNK = 65_536;

export async function runSegmentation(
  candidates: readonly CandidateFeatures[],
  options: SegmentationOptions = {},
  onProgress?: ProgressCallback,
): Promise<SegmentationResult> {
  const n = candidates.length;
  if (n === 0) throw new SegmentationError('NO_CANDIDATES', 'There are no candidates to segment');
  checkFixedK(options.k, n);
  const seed = options.seed ?? 42;
  const progress = new ProgressReporter(onProgress, options.signal);
  const notes: string[] = [];

  const { encoder, matrix, d } = await encodePhase(candidates, { ...options, seed }, progress);
  const choice = await selectPhase(matrix, n, d, { ...options, seed }, progress, notes);
  const k = choice.k;

  await progress.report('train', 0);
  const trained = trainKMeans(matrix, n, d, k, {
    seed,
    sampleCap: options.sampleCap,
    restarts: options.restarts,
    maxIterations: options.maxIterations,
  });
  if (!trained.converged) notes.push(`K-means stopped after ${trained.iterations} iterations without converging`);
  await progress.report('train', 1);

  await progress.report('assign', 0);
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    assignRange(matrix, d, trained.centroids, k, from, to, labels, distances);
    await progress.report('assign', to / n);
  }

  await progress.report('profile', 0);
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  const scoreLabels = Int32Array.from(choice.scoreRows, (r) => labels[r]);
  const model: SegmentationModel = {
    version: MODEL_VERSION,
    encoder,
    centroids: Array.from({ length: k }, (_, c) => Array.from(trained.centroids.subarray(c * d, (c + 1) * d))),
    k,
    seed,
    metrics: {
      inertia: inertiaOf(distances),
      silhouette: k > 1 ? silhouetteFromDistances(choice.scoreDistances, choice.scoreRows.length, scoreLabels, k) : null,
      sizes,
    },
    silhouetteByK: choice.silhouetteByK,
    training: { candidates: n, trainRows: trained.trainRows, iterations: trained.iterations, converged: trained.converged },
  };
  const stats = computeSegmentStats(candidates, labels, distances, k, encoder.currency, options.profile);
  await progress.report('profile', 0.7);
  const map = projectMap(matrix, n, d, labels, trained.centroids, { seed, sampleSize: options.mapSampleSize });
  const profiles = nameProfiles(stats);
  await progress.report('profile', 1);
  return { model, labels, distances, profiles, map, notes };
}

/** A fixed k above the number of candidates is an error, not silently clamped. */
function checkFixedK(k: number | undefined, n: number): void {
  if (k === undefined) return;
  if (!Number.isInteger(k) || k < 1) throw new SegmentationError('INVALID_OPTIONS', `k must be a positive integer, got ${k}`);
  if (k > n) throw new SegmentationError('TOO_FEW_CANDIDATES', `Cannot form ${k} segments from ${n} candidates`);
}

/** Fits the encoder, then encodes every candidate into one typed matrix, chunk by chunk. */
async function encodePhase(
  candidates: readonly CandidateFeatures[],
  options: SegmentationOptions & { seed: number },
  progress: ProgressReporter,
): Promise<{ encoder: FittedEncoder; matrix: Float64Array; d: number }> {
  await progress.report('encode', 0);
  const n = candidates.length;
  const encoder = fitEncoder(candidates, options);
  const rowEncoder = createRowEncoder(encoder);
  const matrix = new Float64Array(n * rowEncoder.d);
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    encodeRange(rowEncoder, candidates, matrix, from, to);
    await progress.report('encode', to / n);
  }
  return { encoder, matrix, d: rowEncoder.d };
}

interface KChoice {
  k: number;
  silhouetteByK: KScore[];
  /** The scoring sample, kept to give the final model its silhouette. */
  scoreRows: Int32Array;
  scoreDistances: Float32Array;
}

/** Draws the scoring sample and, unless k is fixed, scores every k of the range on it. */
async function selectPhase(
  matrix: Float64Array,
  n: number,
  d: number,
  options: SegmentationOptions & { seed: number },
  progress: ProgressReporter,
  notes: string[],
): Promise<KChoice> {
  await progress.report('select_k', 0);
  const scoreRows = sampleIndices(n, options.silhouetteSampleSize ?? 3000, deriveSeed(options.seed, 3));
  const m = scoreRows.length;
  const sample = takeRows(matrix, d, scoreRows);
  const scoreDistances = pairwiseDistances(sample, m, d);
  const silhouetteByK: KScore[] = [];
  let k = options.k ?? 1;
  if (options.k === undefined) {
    const plan = planKRange(sample, m, d, options.kMin, options.kMax);
    notes.push(...plan.notes);
    for (let kk = plan.kLow; kk <= plan.kHigh; kk++) {
      silhouetteByK.push(scoreK(sample, m, d, scoreDistances, kk, { seed: options.seed, restarts: options.restarts }));
      await progress.report('select_k', (kk - plan.kLow + 1) / (plan.kHigh - plan.kLow + 1));
    }
    k = silhouetteByK.length > 0 ? pickBestK(silhouetteByK) : 1;
  }
  await progress.report('select_k', 1);
  return { k, silhouetteByK, scoreRows, scoreDistances };
}
