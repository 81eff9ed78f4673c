// Test fixtures shared by the specs (not exported from the package).
import { DEFAULT_ARCHETYPES, generateSyntheticCandidates } from '../synthetic';
import type { SyntheticData } from '../synthetic';
import type { CandidateFeatures } from '../types';

/** A candidate with every field filled, overridable field by field. */
export function candidate(overrides: Partial<CandidateFeatures> = {}): CandidateFeatures {
  return {
    id: 'c',
    yearsExperience: 5,
    desiredSalary: 50000,
    desiredSalaryCurrency: 'USD',
    educationLevel: 'bachelor',
    seekingStatus: 'active',
    preferredEmploymentType: 'full_time',
    countryCode: 'CO',
    region: 'Antioquia',
    skills: ['Java'],
    ...overrides,
  };
}

/** Candidates drawn from `k` clearly distinct archetypes (disjoint skills, experience, salary). */
export function planted(n: number, k: number, seed = 7): SyntheticData {
  return generateSyntheticCandidates(n, { seed, archetypes: DEFAULT_ARCHETYPES.slice(0, k), noise: 0.5, missingRate: 0.02 });
}

/** Gaussian blobs straight in encoded space: `k` centres on a line, `spread` apart. */
export function blobs(perCluster: number, k: number, d: number, spread: number, seed = 1): { matrix: Float64Array; truth: Int32Array } {
  let state = seed;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const n = perCluster * k;
  const matrix = new Float64Array(n * d);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % k;
    truth[i] = c;
    for (let j = 0; j < d; j++) matrix[i * d + j] = (j === c % d ? spread * (1 + Math.floor(c / d)) : 0) + gauss();
  }
  return { matrix, truth };
}
