// A 2-D map for a scatter plot: PCA (ml-pca) fitted on a deterministic sample of encoded rows,
// then the sample and the centroids projected onto the first two components.
import { PCA } from 'ml-pca';
import { flattenCentroids } from './kmeans/assign';
import { deriveSeed, sampleIndices } from './random';

export interface MapPoint {
  segment: number;
  x: number;
  y: number;
}

export interface SegmentMap {
  centroids: MapPoint[];
  /** `index` is the row (candidate) index in the input. */
  points: Array<MapPoint & { index: number }>;
  /** Share of the variance on each axis (0–1); tells the UI how faithful the picture is. */
  explainedVariance: [number, number];
}

export interface MapOptions {
  seed: number;
  /** Points on the map (default 2000). */
  sampleSize?: number;
}

export function projectMap(
  matrix: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  centroids: Float64Array | readonly (readonly number[])[],
  options: MapOptions,
): SegmentMap {
  const flat = flattenCentroids(centroids, d);
  const k = d === 0 ? (Array.isArray(centroids) ? centroids.length : 1) : flat.length / d;
  const rows = sampleIndices(n, options.sampleSize ?? 2000, deriveSeed(options.seed, 4));
  const sample = Array.from(rows, (r) => Array.from(matrix.subarray(r * d, (r + 1) * d)));
  const centres = Array.from({ length: k }, (_, c) => Array.from(flat.subarray(c * d, (c + 1) * d)));
  const project = fitProjection(sample, d);
  const points = project(sample).map(([x, y], i) => ({ segment: labels[rows[i]], x, y, index: rows[i] }));
  const centroidPoints = project(centres).map(([x, y], c) => ({ segment: c, x, y }));
  return { centroids: centroidPoints, points, explainedVariance: project.explained };
}

type Projector = ((rows: number[][]) => Array<[number, number]>) & { explained: [number, number] };

function fitProjection(sample: number[][], d: number): Projector {
  const flat = (rows: number[][]) => rows.map((): [number, number] => [0, 0]);
  // PCA needs two rows and some variance; otherwise every point sits at the origin.
  if (sample.length < 2 || d === 0 || !hasVariance(sample)) return Object.assign(flat, { explained: [0, 0] as [number, number] });
  // Eigen-decomposition of the d × d covariance: far cheaper than an SVD of the sample.
  const pca = new PCA(sample, { center: true, scale: false, method: 'covarianceMatrix' });
  const explained = pca.getExplainedVariance();
  const components = Math.min(2, explained.length);
  const project = (rows: number[][]) =>
    pca
      .predict(rows, { nComponents: components })
      .to2DArray()
      .map((r): [number, number] => [finite(r[0]), finite(r[1])]);
  return Object.assign(project, { explained: [finite(explained[0]), finite(explained[1])] as [number, number] });
}

function hasVariance(rows: number[][]): boolean {
  const first = rows[0];
  return rows.some((r) => r.some((v, j) => v !== first[j]));
}

function finite(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : 0;
}
