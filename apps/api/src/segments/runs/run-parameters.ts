import { FEATURE_GROUPS } from '@adflux/segmentation';
import type { FeatureGroup, SegmentationOptions } from '@adflux/segmentation';
import { fieldProblem } from '../../common/problem';

/** What a run was asked to do, normalised and stored on the run row (`parameters`). */
export interface RunParameters {
  /** Fixed number of segments, or null to choose k by silhouette within [kMin, kMax]. */
  k: number | null;
  kMin: number;
  kMax: number;
  features: FeatureGroup[];
  /** Rows K-means is trained on; every candidate is assigned afterwards. */
  sampleCap: number;
  seed: number;
}

export const DEFAULT_RUN_PARAMETERS: RunParameters = {
  k: null,
  kMin: 2,
  kMax: 10,
  features: [...FEATURE_GROUPS],
  sampleCap: 100_000,
  seed: 42,
};

export interface RunParametersInput {
  k?: number;
  kMin?: number;
  kMax?: number;
  features?: FeatureGroup[];
  sampleCap?: number;
  seed?: number;
}

/**
 * Fills defaults and checks what a field validator cannot see alone: a fixed k excludes a range,
 * and a range must not be reversed. Throws a 400 naming the field.
 */
export function resolveRunParameters(input: RunParametersInput): RunParameters {
  const defaults = DEFAULT_RUN_PARAMETERS;
  if (input.k !== undefined && (input.kMin !== undefined || input.kMax !== undefined)) {
    throw fieldProblem(400, 'k', 'cannot be combined with kMin/kMax: give a fixed k or a range');
  }
  const kMin = input.kMin ?? defaults.kMin;
  const kMax = input.kMax ?? Math.max(defaults.kMax, kMin);
  if (kMin > kMax) throw fieldProblem(400, 'kMax', 'must be at least kMin');
  const features = input.features ? FEATURE_GROUPS.filter((g) => input.features!.includes(g)) : [...defaults.features];
  return {
    k: input.k ?? null,
    kMin,
    kMax,
    features,
    sampleCap: input.sampleCap ?? defaults.sampleCap,
    seed: input.seed ?? defaults.seed,
  };
}

/** Options for the segmentation library. */
export function toSegmentationOptions(p: RunParameters, extra: Partial<SegmentationOptions> = {}): SegmentationOptions {
  const range = p.k === null ? { kMin: p.kMin, kMax: p.kMax } : { k: p.k };
  return { ...range, features: p.features, sampleCap: p.sampleCap, seed: p.seed, ...extra };
}

/** A stored `parameters` value (older rows may lack fields) read back with defaults. */
export function readRunParameters(value: unknown): RunParameters {
  const v = (value ?? {}) as Partial<RunParameters>;
  return { ...DEFAULT_RUN_PARAMETERS, ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) } as RunParameters;
}
