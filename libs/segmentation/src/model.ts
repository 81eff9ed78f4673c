// The persisted model: plain JSON that holds everything needed to place new candidates in the
// segments of a run (encoder + centroids) without retraining.
import { checkEncoder, encode } from './encoder/encode';
import type { FittedEncoder } from './encoder/encoder-types';
import { SegmentationError } from './errors';
import { assignAll } from './kmeans/assign';
import type { KScore } from './kmeans/select-k';
import type { CandidateFeatures } from './types';

export const MODEL_VERSION = 1;

export interface SegmentationModel {
  version: typeof MODEL_VERSION;
  encoder: FittedEncoder;
  /** k centroids of d values, in encoded (standardised) units. */
  centroids: number[][];
  k: number;
  seed: number;
  metrics: {
    /** Sum of squared distances of every candidate to its centroid. */
    inertia: number;
    /** Mean silhouette on the scoring sample; null with a single segment. */
    silhouette: number | null;
    /** Candidates per segment. */
    sizes: number[];
  };
  /** One score per k tried when k was chosen automatically; empty when k was fixed. */
  silhouetteByK: KScore[];
  training: { candidates: number; trainRows: number; iterations: number; converged: boolean };
}

export interface CandidateAssignment {
  id: string;
  segment: number;
  /** Distance to the segment's centroid, in encoded units (comparable within one model). */
  distance: number;
}

/** Places candidates in the segments of a stored model (no retraining). */
export function assign(model: SegmentationModel, candidates: readonly CandidateFeatures[]): CandidateAssignment[] {
  checkModel(model);
  const { matrix, n, d } = encode(model.encoder, candidates);
  const { labels, distances } = assignAll(matrix, n, d, model.centroids);
  return candidates.map((c, i) => ({ id: c.id, segment: labels[i], distance: distances[i] }));
}

/** Checks that a value read from storage is a usable model; returns it typed. */
export function checkModel(value: unknown): SegmentationModel {
  const model = value as SegmentationModel;
  if (model === null || typeof model !== 'object' || model.version !== MODEL_VERSION) {
    throw new SegmentationError('INVALID_MODEL', `Not a segmentation model of version ${MODEL_VERSION}`);
  }
  checkEncoder(model.encoder);
  const d = model.encoder.columns.length;
  const shapeOk =
    Array.isArray(model.centroids) &&
    model.centroids.length === model.k &&
    model.k >= 1 &&
    model.centroids.every((c) => Array.isArray(c) && c.length === d && c.every(Number.isFinite));
  if (!shapeOk) throw new SegmentationError('INVALID_MODEL', `Model centroids must be ${model.k} × ${d} finite numbers`);
  return model;
}
