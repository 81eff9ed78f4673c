import { chiSquarePValue, chiSquareSelection, gammaQ, logGamma } from './chi-square';

describe('chi-square distribution', () => {
  it('computes ln Γ at known points', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 9);
  });

  it('matches tabulated critical values (p = 0.05, 0.01, 0.001)', () => {
    // Critical values from standard chi-square tables (NIST/SEMATECH e-Handbook, table 1.3.6.7.4).
    const table: Array<[number, number, number]> = [
      [3.841, 1, 0.05], [6.635, 1, 0.01], [10.828, 1, 0.001],
      [5.991, 2, 0.05], [9.21, 2, 0.01], [11.345, 3, 0.01],
      [11.07, 5, 0.05], [18.307, 10, 0.05], [37.566, 20, 0.01], [149.449, 100, 0.001],
    ];
    for (const [x, df, p] of table) expect(chiSquarePValue(x, df)).toBeCloseTo(p, p < 0.01 ? 5 : 4);
  });

  it('has closed forms for df = 2 (e^{-x/2}) and Q(1, x) = e^{-x}', () => {
    for (const x of [0.1, 1, 4, 20, 80]) expect(chiSquarePValue(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    expect(gammaQ(1, 3)).toBeCloseTo(Math.exp(-3), 12);
  });

  it('gives 1 for a zero statistic and refuses bad parameters', () => {
    expect(chiSquarePValue(0, 3)).toBe(1);
    expect(() => chiSquarePValue(1, 0)).toThrow(RangeError);
    expect(() => gammaQ(-1, 1)).toThrow(RangeError);
  });

  it('tests a 2 × G selection table', () => {
    // Equal selection rates: no evidence at all.
    expect(chiSquareSelection([10, 20], [100, 200]).pValue).toBeCloseTo(1, 10);
    // 2 × 2: 30/100 vs 10/100 selected → χ² = 12.5 (hand-computed), df 1.
    const t = chiSquareSelection([30, 10], [100, 100]);
    expect(t.statistic).toBeCloseTo(12.5, 10);
    expect(t.degreesOfFreedom).toBe(1);
    expect(t.pValue).toBeCloseTo(0.000407, 5);
  });
});
