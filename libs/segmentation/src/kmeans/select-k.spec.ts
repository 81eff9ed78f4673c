import { SegmentationError } from '../errors';
import { blobs } from '../testing/fixtures';
import { selectK } from './select-k';

describe('selectK', () => {
  it.each([3, 5])('picks the planted k = %i and reports a score for every k', (planted) => {
    const d = 8;
    const { matrix, truth } = blobs(300, planted, d, 8, planted);
    const result = selectK(matrix, truth.length, d, { seed: 11, sampleSize: 1000 });
    expect(result.k).toBe(planted);
    expect(result.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.scores.every((s) => s.silhouette !== null && s.inertia > 0)).toBe(true);
    expect(result.sampleRows).toHaveLength(Math.min(1000, truth.length));
  });

  it('narrows the range to what a small sample supports', () => {
    const { matrix } = blobs(2, 3, 2, 8); // 6 rows
    const result = selectK(matrix, 6, 2, { seed: 1 });
    expect(result.scores.map((s) => s.k)).toEqual([2, 3, 4, 5]);
    expect(result.notes.join()).toMatch(/capped at 5/);
  });

  it('falls back to one segment when every row is the same', () => {
    const result = selectK(new Float64Array(50 * 3).fill(2), 50, 3, { seed: 1 });
    expect(result.k).toBe(1);
    expect(result.scores).toEqual([]);
  });

  it('rejects an invalid range', () => {
    const { matrix } = blobs(10, 2, 2, 5);
    expect(() => selectK(matrix, 20, 2, { seed: 1, kMin: 1 })).toThrow(SegmentationError);
    expect(() => selectK(matrix, 20, 2, { seed: 1, kMin: 5, kMax: 4 })).toThrow(/kMin ≤ kMax/);
  });
});
