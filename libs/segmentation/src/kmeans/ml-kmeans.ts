// The one place that loads ml-kmeans. It is ESM-only and publishes its types through "exports",
// which this repo's `moduleResolution: node` cannot see, so the slice we use is typed here and the
// module is loaded with require(): Node ≥ 20.19 loads ESM that way, and jest transforms it.

export interface MlKMeansOptions {
  seed?: number;
  initialization?: 'kmeans++' | number[][];
  maxIterations?: number;
  tolerance?: number;
  distanceFunction?: (p: ArrayLike<number>, q: ArrayLike<number>) => number;
}

export interface MlKMeansResult {
  clusters: number[];
  centroids: number[][];
  converged: boolean;
  iterations: number;
}

type KMeansFn = (data: ArrayLike<number>[], k: number, options: MlKMeansOptions) => MlKMeansResult;

let cached: KMeansFn | undefined;

/**
 * Squared Euclidean distance, same result as ml-kmeans' default but reading each element once
 * and the length once: about 1.5× faster Lloyd iterations.
 */
export function squaredDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sum = 0;
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const diff = p[i] - q[i];
    sum += diff * diff;
  }
  return sum;
}

export function mlKMeans(data: ArrayLike<number>[], k: number, options: MlKMeansOptions): MlKMeansResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= (require('ml-kmeans') as { kmeans: KMeansFn }).kmeans;
  return cached(data, k, { distanceFunction: squaredDistance, ...options });
}
