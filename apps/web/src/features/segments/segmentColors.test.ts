import { describe, expect, it } from 'vitest';
import { segmentColor } from './segmentColors';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
/** Euclidean distance in RGB: a crude but sufficient test that two swatches do not look alike. */
const distance = (a: string, b: string) => Math.hypot(...channels(a).map((c, i) => c - channels(b)[i]!));

describe('segment colours', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => segmentColor(i));

  it('twelve segments get twelve different colours', () => {
    expect(new Set(twelve).size).toBe(12);
  });

  it('no two of the twelve are near-twins', () => {
    for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) expect(distance(twelve[i]!, twelve[j]!)).toBeGreaterThan(0.15);
  });

  it('each has at least 3:1 contrast against white', () => {
    for (const c of twelve) expect(1.05 / (luminance(c) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('a segment keeps its colour (by index)', () => {
    expect(segmentColor(3)).toBe(twelve[3]);
    expect(segmentColor(12)).toBe(twelve[0]);
  });
});
