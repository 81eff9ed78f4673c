// Chi-square distribution tail (p-values) from the regularized incomplete gamma function, so the
// audit needs no statistics package. Series and continued fraction as in Numerical Recipes §6.2
// (gser / gcf), ln Γ by Lanczos (g = 7, n = 9).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-14;
const MAX_ITERATIONS = 1000;

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a). */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`gammaQ needs a > 0 and x ≥ 0 (got a=${a}, x=${x})`);
  if (x === 0) return 1;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series for P(a, x), then Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  // Continued fraction for Q (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** P(X ≥ statistic) for X ~ χ²(df): the p-value of a chi-square test. */
export function chiSquarePValue(statistic: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degrees of freedom must be positive (got ${degreesOfFreedom})`);
  if (!(statistic > 0)) return 1;
  return gammaQ(degreesOfFreedom / 2, statistic / 2);
}

/**
 * Pearson's chi-square test of independence on a 2 × G table: for each group, members inside and
 * outside the selection. Returns the statistic, its degrees of freedom (G − 1) and the p-value.
 */
export function chiSquareSelection(selected: readonly number[], totals: readonly number[]): { statistic: number; degreesOfFreedom: number; pValue: number } {
  const groups = totals.length;
  const n = totals.reduce((s, t) => s + t, 0);
  const inside = selected.reduce((s, t) => s + t, 0);
  const outside = n - inside;
  if (groups < 2 || n === 0 || inside === 0 || outside === 0) return { statistic: 0, degreesOfFreedom: Math.max(1, groups - 1), pValue: 1 };
  let statistic = 0;
  for (let g = 0; g < groups; g++) {
    if (totals[g] === 0) continue;
    const expectedIn = (totals[g] * inside) / n;
    const expectedOut = (totals[g] * outside) / n;
    statistic += (selected[g] - expectedIn) ** 2 / expectedIn + (totals[g] - selected[g] - expectedOut) ** 2 / expectedOut;
  }
  const degreesOfFreedom = totals.filter((t) => t > 0).length - 1;
  return { statistic, degreesOfFreedom, pValue: degreesOfFreedom > 0 ? chiSquarePValue(statistic, degreesOfFreedom) : 1 };
}
