import { SegmentationError } from '../errors';
import { blobs } from '../testing/fixtures';
import { assignAll, flattenCentroids, inertiaOf, nearestCentroidReference } from './assign';

describe('assignAll', () => {
  const d = 19; // not a multiple of 8, to exercise the partial-distance blocks
  const { matrix } = blobs(300, 5, d, 4);
  const n = matrix.length / d;
  const centroids = Float64Array.from({ length: 7 * d }, (_, i) => Math.sin(i) * 3);

  it('agrees with the bare reference loop on labels and distances', () => {
    const fast = assignAll(matrix, n, d, centroids);
    const ref = nearestCentroidReference(matrix, n, d, centroids);
    expect(Array.from(fast.labels)).toEqual(Array.from(ref.labels));
    for (let i = 0; i < n; i++) expect(fast.distances[i]).toBeCloseTo(ref.distances[i], 9);
  });

  it('returns typed arrays with Euclidean distances', () => {
    const { labels, distances } = assignAll(Float64Array.from([3, 4]), 1, 2, [[0, 0], [10, 10]]);
    expect(labels).toBeInstanceOf(Int32Array);
    expect(distances).toBeInstanceOf(Float64Array);
    expect(labels[0]).toBe(0);
    expect(distances[0]).toBe(5);
  });

  it('breaks ties towards the lowest centroid index', () => {
    const { labels } = assignAll(Float64Array.from([0, 0]), 1, 2, [[1, 0], [-1, 0], [0, 1]]);
    expect(labels[0]).toBe(0);
  });

  it('accepts centroids as arrays (model JSON) or as a flat typed array', () => {
    const nested = [[1, 2, 3], [4, 5, 6]];
    const m = Float64Array.from([4, 5, 5, 1, 1, 1]);
    expect(assignAll(m, 2, 3, nested)).toEqual(assignAll(m, 2, 3, flattenCentroids(nested, 3)));
    expect(Array.from(assignAll(m, 2, 3, nested).labels)).toEqual([1, 0]);
  });

  it('rejects centroids of the wrong width and a too-short matrix', () => {
    expect(() => assignAll(Float64Array.from([1, 2]), 1, 2, [[1, 2, 3]])).toThrow(SegmentationError);
    expect(() => assignAll(Float64Array.from([1, 2]), 2, 2, [[1, 2]])).toThrow(/expected 2 × 2/);
  });

  it('handles zero columns (everything identical after encoding)', () => {
    const { labels, distances } = assignAll(new Float64Array(0), 3, 0, [[]]);
    expect(Array.from(labels)).toEqual([0, 0, 0]);
    expect(Array.from(distances)).toEqual([0, 0, 0]);
  });

  it('sums squared distances into the inertia', () => {
    expect(inertiaOf(Float64Array.from([3, 4]))).toBe(25);
  });
});
