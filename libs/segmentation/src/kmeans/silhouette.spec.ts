import { blobs } from '../testing/fixtures';
import { pairwiseDistances, silhouetteFromDistances, silhouetteScore } from './silhouette';

describe('silhouette', () => {
  it('matches a hand-computed value', () => {
    // 1-D points 0, 1 | 5, 7. For 0: a = 1, b = mean(5, 7) = 6 → 5/6. For 1: a = 1, b = 5 → 4/5.
    // For 5: a = 2, b = mean(5, 4) = 4.5 → 2.5/4.5. For 7: a = 2, b = 6.5 → 4.5/6.5.
    const expected = (5 / 6 + 4 / 5 + 2.5 / 4.5 + 4.5 / 6.5) / 4;
    expect(silhouetteScore(Float64Array.from([0, 1, 5, 7]), 4, 1, Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(expected, 6);
  });

  it('is high for well separated blobs and low for a random split', () => {
    const { matrix, truth } = blobs(60, 3, 4, 12);
    const n = truth.length;
    expect(silhouetteScore(matrix, n, 4, truth)).toBeGreaterThan(0.7);
    const random = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 3) % 3); // truth is i % 3
    expect(silhouetteScore(matrix, n, 4, random)).toBeLessThan(0.1);
  });

  it('is undefined (null) with a single non-empty cluster, and 0 for singletons', () => {
    const m = Float64Array.from([0, 1, 2]);
    const dist = pairwiseDistances(m, 3, 1);
    expect(silhouetteFromDistances(dist, 3, Int32Array.from([0, 0, 0]), 2)).toBeNull();
    // Cluster 1 is a singleton (scores 0); 0 and 1 in cluster 0: a = 1, b = 2 and 1 → (2−1)/2 and 0.
    expect(silhouetteFromDistances(dist, 3, Int32Array.from([0, 0, 1]), 2)).toBeCloseTo((0.5 + 0 + 0) / 3, 6);
  });

  it('computes a symmetric distance matrix with a zero diagonal', () => {
    const dist = pairwiseDistances(Float64Array.from([0, 0, 3, 4]), 2, 2);
    expect(Array.from(dist)).toEqual([0, 5, 5, 0]);
  });
});
