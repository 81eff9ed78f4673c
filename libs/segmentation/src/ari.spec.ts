import { adjustedRandIndex } from './ari';

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions, whatever the label names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [0, 0, 1, 1, 2])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [5, 5, 3, 3, 9])).toBe(1);
  });

  it('matches the value scikit-learn gives for a known pair', () => {
    // sklearn.metrics.adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 0.5714285714285715
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 9);
    // adjusted_rand_score([0, 0, 1, 1], [0, 1, 0, 1]) == -0.5
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 9);
  });

  it('is near 0 for unrelated partitions', () => {
    const a = Array.from({ length: 4000 }, (_, i) => i % 4);
    const b = Array.from({ length: 4000 }, (_, i) => Math.floor(i / 7) % 3);
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.02);
  });

  it('rejects arrays of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/length/);
  });
});
