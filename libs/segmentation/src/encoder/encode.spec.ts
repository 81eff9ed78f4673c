import { SegmentationError } from '../errors';
import { candidate, planted } from '../testing/fixtures';
import type { CandidateFeatures } from '../types';
import { createRowEncoder, encode } from './encode';
import { fitEncoder } from './fit-encoder';

describe('encode', () => {
  const { candidates } = planted(600, 4);

  it('gives an identical matrix with an encoder read back from JSON', () => {
    const enc = fitEncoder(candidates, { topRegions: 5 });
    const revived = JSON.parse(JSON.stringify(enc));
    const a = encode(enc, candidates);
    const b = encode(revived, candidates);
    expect(b.d).toBe(a.d);
    expect(Buffer.from(b.matrix.buffer).equals(Buffer.from(a.matrix.buffer))).toBe(true);
  });

  it('returns one row-major Float64Array of n × d finite values', () => {
    const enc = fitEncoder(candidates);
    const { matrix, n, d } = encode(enc, candidates);
    expect(matrix).toBeInstanceOf(Float64Array);
    expect(matrix.length).toBe(n * d);
    expect(matrix.every(Number.isFinite)).toBe(true);
    const row = new Float64Array(d);
    createRowEncoder(enc).encodeRow(candidates[3], row, 0);
    expect(Array.from(row)).toEqual(Array.from(matrix.subarray(3 * d, 4 * d)));
  });

  it('tolerates missing, undefined and junk fields', () => {
    const enc = fitEncoder(candidates);
    const odd = [
      candidate({
        yearsExperience: null,
        desiredSalary: null,
        desiredSalaryCurrency: null,
        educationLevel: null,
        seekingStatus: null,
        preferredEmploymentType: null,
        countryCode: null,
        region: null,
        skills: [],
      }),
      { id: 'junk', yearsExperience: -3, desiredSalary: Number.NaN, seekingStatus: 'maybe', skills: [42, '  '] } as unknown as CandidateFeatures,
      { id: 'bare' } as unknown as CandidateFeatures,
    ];
    const { matrix } = encode(enc, odd);
    expect(matrix.every(Number.isFinite)).toBe(true);
    // All three carry no information, so they encode identically.
    const d = enc.columns.length;
    expect(Array.from(matrix.subarray(d, 2 * d))).toEqual(Array.from(matrix.subarray(0, d)));
    expect(Array.from(matrix.subarray(2 * d, 3 * d))).toEqual(Array.from(matrix.subarray(0, d)));
  });

  it('matches skills whatever their case and spacing, and counts each once', () => {
    const enc = fitEncoder(candidates);
    const { matrix, d } = encode(enc, [
      candidate({ skills: ['Java', 'Spring'] }),
      candidate({ skills: ['  java ', 'SPRING', 'spring'] }),
    ]);
    expect(Array.from(matrix.subarray(d, 2 * d))).toEqual(Array.from(matrix.subarray(0, d)));
  });

  it('rejects an encoder whose columns do not match its vocabulary', () => {
    const enc = fitEncoder(candidates);
    const broken = { ...enc, vocabulary: { ...enc.vocabulary, skills: [] } };
    expect(() => encode(broken, candidates)).toThrow(SegmentationError);
    expect(() => encode({ ...enc, scales: enc.scales.slice(1) }, candidates)).toThrow(/valid fitted encoder/);
  });
});
