import { FEATURE_GROUPS } from '@adflux/segmentation';
import { ProblemException } from '../../common/problem';
import { DEFAULT_RUN_PARAMETERS, readRunParameters, resolveRunParameters, toSegmentationOptions } from './run-parameters';

function problemField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemException);
    return ((error as ProblemException).getResponse() as { errors: Array<{ field: string }> }).errors[0].field;
  }
  return undefined;
}

describe('run parameters', () => {
  it('defaults to an automatic k in 2–10 over every feature group', () => {
    expect(resolveRunParameters({})).toEqual({ k: null, kMin: 2, kMax: 10, features: [...FEATURE_GROUPS], sampleCap: 100_000, seed: 42 });
  });

  it('keeps a fixed k, a range, a sample cap and a seed', () => {
    expect(resolveRunParameters({ k: 6, sampleCap: 5000, seed: 9 })).toMatchObject({ k: 6, sampleCap: 5000, seed: 9 });
    expect(resolveRunParameters({ kMin: 3, kMax: 7 })).toMatchObject({ k: null, kMin: 3, kMax: 7 });
  });

  it('widens the default upper bound when only a high kMin is given', () => {
    expect(resolveRunParameters({ kMin: 12 })).toMatchObject({ kMin: 12, kMax: 12 });
  });

  it('puts feature groups in canonical order', () => {
    expect(resolveRunParameters({ features: ['skills', 'experience'] }).features).toEqual(['experience', 'skills']);
  });

  it('refuses a fixed k together with a range, and a reversed range', () => {
    expect(problemField(() => resolveRunParameters({ k: 4, kMin: 2 }))).toBe('k');
    expect(problemField(() => resolveRunParameters({ kMin: 8, kMax: 3 }))).toBe('kMax');
  });

  it('turns into library options: a fixed k or a range, never both', () => {
    expect(toSegmentationOptions(resolveRunParameters({ k: 5 }))).toEqual({ k: 5, features: [...FEATURE_GROUPS], sampleCap: 100_000, seed: 42 });
    const ranged = toSegmentationOptions(resolveRunParameters({ kMin: 3, kMax: 4 }));
    expect(ranged).toMatchObject({ kMin: 3, kMax: 4 });
    expect(ranged).not.toHaveProperty('k');
  });

  it('reads stored parameters back with defaults for missing fields', () => {
    expect(readRunParameters({ k: 3 })).toEqual({ ...DEFAULT_RUN_PARAMETERS, k: 3 });
    expect(readRunParameters(null)).toEqual(DEFAULT_RUN_PARAMETERS);
  });
});
