// Small order statistics over typed arrays, shared by the encoder (medians) and the profiles.

/** Linear-interpolated quantile of an ascending-sorted array (q in [0, 1]); null when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median of the first `length` values of `values` (sorted in place). */
export function medianInPlace(values: Float64Array, length = values.length): number | null {
  const view = values.subarray(0, length);
  view.sort();
  return quantileSorted(view, 0.5);
}

export interface Spread {
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** Median and quartiles of a slice, sorting it in place. */
export function spreadInPlace(values: Float64Array): Spread {
  values.sort();
  return {
    median: quantileSorted(values, 0.5),
    p25: quantileSorted(values, 0.25),
    p75: quantileSorted(values, 0.75),
  };
}
