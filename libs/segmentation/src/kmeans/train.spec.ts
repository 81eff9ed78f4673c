import { adjustedRandIndex } from '../ari';
import { SegmentationError } from '../errors';
import { blobs } from '../testing/fixtures';
import { assignAll } from './assign';
import { trainKMeans } from './train';

describe('trainKMeans', () => {
  const d = 6;
  const { matrix, truth } = blobs(400, 4, d, 6);
  const n = truth.length;

  it('recovers planted blobs', () => {
    const model = trainKMeans(matrix, n, d, 4, { seed: 1 });
    const { labels } = assignAll(matrix, n, d, model.centroids);
    expect(adjustedRandIndex(truth, labels)).toBeGreaterThan(0.95);
    expect(model.centroids).toHaveLength(4 * d);
  });

  it('gives the same centroids for the same seed', () => {
    const a = trainKMeans(matrix, n, d, 5, { seed: 3, sampleCap: 1000, initSampleSize: 300 });
    const b = trainKMeans(matrix, n, d, 5, { seed: 3, sampleCap: 1000, initSampleSize: 300 });
    expect(Array.from(b.centroids)).toEqual(Array.from(a.centroids));
  });

  it('trains on at most sampleCap rows', () => {
    expect(trainKMeans(matrix, n, d, 4, { seed: 1, sampleCap: 500 }).trainRows).toBe(500);
    expect(trainKMeans(matrix, n, d, 4, { seed: 1 }).trainRows).toBe(n);
  });

  it('returns the mean for k = 1', () => {
    const m = Float64Array.from([0, 2, 4, 6]);
    expect(Array.from(trainKMeans(m, 2, 2, 1, { seed: 1 }).centroids)).toEqual([2, 4]);
  });

  it('refuses more segments than rows or distinct rows', () => {
    expect(() => trainKMeans(matrix, 3, d, 4, { seed: 1 })).toThrow(SegmentationError);
    const same = new Float64Array(10 * d).fill(1);
    expect(() => trainKMeans(same, 10, d, 2, { seed: 1 })).toThrow(/only 1 distinct/);
    expect(() => trainKMeans(matrix, n, d, 0, { seed: 1 })).toThrow(/positive integer/);
  });
});
