import { createRng, deriveSeed, sampleIndices, takeRows } from './random';

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('derives different seeds for different salts', () => {
    expect(deriveSeed(1, 1)).not.toBe(deriveSeed(1, 2));
    expect(deriveSeed(1, 1)).toBe(deriveSeed(1, 1));
  });

  it('samples distinct sorted indices, deterministically', () => {
    const s = sampleIndices(100_000, 500, 9);
    expect(s).toHaveLength(500);
    expect(new Set(s).size).toBe(500);
    expect([...s].every((v, i) => v >= 0 && v < 100_000 && (i === 0 || v > s[i - 1]))).toBe(true);
    expect(sampleIndices(100_000, 500, 9)).toEqual(s);
    expect(sampleIndices(100_000, 500, 10)).not.toEqual(s);
  });

  it('returns every row when the sample is as large as the input', () => {
    expect(Array.from(sampleIndices(4, 10, 1))).toEqual([0, 1, 2, 3]);
  });

  it('copies chosen rows out of a matrix', () => {
    const m = Float64Array.from([0, 1, 10, 11, 20, 21]);
    expect(Array.from(takeRows(m, 2, Int32Array.from([2, 0])))).toEqual([20, 21, 0, 1]);
  });
});
