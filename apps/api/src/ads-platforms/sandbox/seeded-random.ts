/**
 * Small deterministic PRNG for the simulator and fault injection: the same seed string always
 * yields the same sequence, on every machine (no Math.random, no clock).
 */
import { mulberry32 } from '@adflux/segmentation';

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 (the segmentation library's generator) seeded from a number or a string's hash: floats in [0, 1). */
export function seededRandom(seed: string | number): () => number {
  return mulberry32(typeof seed === 'number' ? seed >>> 0 : hashString(seed));
}

/** A float in [min, max) from `rand`. */
export function between(rand: () => number, min: number, max: number): number {
  return min + (max - min) * rand();
}
