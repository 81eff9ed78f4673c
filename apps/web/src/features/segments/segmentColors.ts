/**
 * Twelve segment colours, far apart in hue and each at least 3:1 against white (WCAG non-text
 * contrast), so up to 12 segments never share one. Colour is never the only cue: names are beside them.
 */
export const SEGMENT_PALETTE = [
  '#4f46e5', '#0e7490', '#b45309', '#be185d', '#047857', '#7c3aed',
  '#dc2626', '#475569', '#2563eb', '#4d7c0f', '#713f12', '#a21caf',
] as const;

/** A segment keeps one colour everywhere (cards, bars, map), chosen by its index in the run. */
export const segmentColor = (index: number): string => SEGMENT_PALETTE[((index % SEGMENT_PALETTE.length) + SEGMENT_PALETTE.length) % SEGMENT_PALETTE.length]!;
