import { candidate } from '../testing/fixtures';
import type { CandidateFeatures } from '../types';
import { computeSegmentStats } from './profiles';

const currency = { base: 'USD', rates: { EUR: 2 } };

/** Segment 0: four Java people in Colombia; segment 1: two React people in Mexico. */
function people(): { candidates: CandidateFeatures[]; labels: Int32Array; distances: Float64Array } {
  const candidates = [
    candidate({ id: 'a', yearsExperience: 2, desiredSalary: 1000, skills: ['Java', 'SQL'] }),
    candidate({ id: 'b', yearsExperience: 4, desiredSalary: 2000, skills: ['Java'], seekingStatus: 'passive' }),
    candidate({ id: 'c', yearsExperience: 6, desiredSalary: 1500, desiredSalaryCurrency: 'EUR', skills: ['java', 'SQL'] }),
    candidate({ id: 'd', yearsExperience: null, desiredSalary: null, skills: ['Java', 'React'] }),
    candidate({ id: 'e', yearsExperience: 1, countryCode: 'MX', region: 'Jalisco', skills: ['React', 'SQL'], seekingStatus: null }),
    candidate({ id: 'f', yearsExperience: 3, countryCode: 'MX', region: 'Jalisco', skills: ['React'] }),
  ];
  return {
    candidates,
    labels: Int32Array.from([0, 0, 0, 0, 1, 1]),
    distances: Float64Array.from([1, 2, 3, 4, 0.5, 1.5]),
  };
}

describe('computeSegmentStats', () => {
  const { candidates, labels, distances } = people();
  const [java, react, empty] = computeSegmentStats(candidates, labels, distances, 3, currency);

  it('counts sizes and shares', () => {
    expect([java.size, react.size, empty.size]).toEqual([4, 2, 0]);
    expect(java.share).toBeCloseTo(4 / 6, 9);
  });

  it('gives median and IQR of experience and of salary in the base currency', () => {
    expect(java.experience).toEqual({ median: 4, p25: 3, p75: 5, missingShare: 0.25 });
    // 1000, 2000 and 1500 EUR = 3000 USD.
    expect(java.salary).toEqual({ currency: 'USD', median: 2000, p25: 1500, p75: 2500, missingShare: 0.25 });
  });

  it('ranks skills by lift and reports their shares', () => {
    const top = java.topSkills[0];
    expect(top.skill).toBe('Java');
    expect(top.share).toBe(1);
    expect(top.overallShare).toBeCloseTo(4 / 6, 9);
    expect(top.lift).toBeCloseTo(1.5, 9);
    expect(react.topSkills[0]).toMatchObject({ skill: 'React', share: 1, lift: 2 });
  });

  it('lists top locations and the seeking-status mix', () => {
    expect(react.topCountries).toEqual([{ countryCode: 'MX', share: 1 }]);
    expect(react.topRegions).toEqual([{ countryCode: 'MX', region: 'Jalisco', share: 1 }]);
    expect(java.seekingStatus).toEqual({ active: 0.75, passive: 0.25, not_looking: 0, unknown: 0 });
    expect(react.seekingStatus.unknown).toBe(0.5);
  });

  it('reports the spread of distances to the centroid', () => {
    expect(java.distance.median).toBe(2.5);
    expect(java.distance.p90).toBeCloseTo(3.7, 9);
  });

  it('handles an empty segment', () => {
    expect(empty.experience.median).toBeNull();
    expect(empty.topSkills).toEqual([]);
    expect(empty.distance).toEqual({ median: null, p90: null });
  });
});
