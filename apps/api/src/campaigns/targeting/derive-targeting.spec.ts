import { audienceSize, DEFAULT_CITY_RADIUS_KM, deriveTargeting, JobForTargeting, ProfileForTargeting } from './derive-targeting';

const job = (over: Partial<JobForTargeting> = {}): JobForTargeting => ({
  title: 'Registered  Nurse',
  skills: ['Nursing', 'Pediatrics'],
  remote: 'onsite',
  location: { city: 'Austin', region: 'TX', countryCode: 'US' },
  ...over,
});

const profile = (over: Partial<ProfileForTargeting> = {}): ProfileForTargeting => ({
  size: 100,
  topSkills: [],
  topCountries: [{ countryCode: 'US', share: 0.9 }],
  ...over,
});

describe('deriveTargeting', () => {
  it('targets the city of an on-site job with a commute radius, not whole countries', () => {
    const t = deriveTargeting(job(), [profile({ topCountries: [{ countryCode: 'CA', share: 0.5 }] })]);
    expect(t.cities).toEqual([{ name: 'Austin', countryCode: 'US', radiusKm: DEFAULT_CITY_RADIUS_KM }]);
    expect(t.countries).toEqual([]);
  });

  it('targets the countries where the segments live for a remote job, plus the job country', () => {
    const t = deriveTargeting(job({ remote: 'remote' }), [
      profile({ topCountries: [{ countryCode: 'DE', share: 0.6 }, { countryCode: 'FR', share: 0.05 }] }),
      profile({ topCountries: [{ countryCode: 'AT', share: 0.3 }] }),
    ]);
    expect(t.cities).toEqual([]);
    expect(t.countries).toEqual(['US', 'DE', 'AT']);
  });

  it('a job without a city falls back to countries', () => {
    expect(deriveTargeting(job({ location: { city: null, region: null, countryCode: 'GB' } }), []).countries).toEqual(['GB']);
  });

  it('puts the job skills first, then typical segment skills by weight, deduplicated case-insensitively', () => {
    const t = deriveTargeting(job(), [
      profile({ size: 100, topSkills: [
        { skill: 'ICU', share: 0.5, overallShare: 0.1, lift: 5 },
        { skill: 'nursing', share: 0.9, overallShare: 0.3, lift: 3 },
        { skill: 'Excel', share: 0.15, overallShare: 0.1, lift: 1.5 }, // too rare in the segment
        { skill: 'Teamwork', share: 0.6, overallShare: 0.6, lift: 1 }, // not typical of it
      ] }),
      profile({ size: 1000, topSkills: [{ skill: 'Triage', share: 0.4, overallShare: 0.2, lift: 2 }] }),
    ]);
    expect(t.skills).toEqual(['Nursing', 'Pediatrics', 'Triage', 'ICU']);
  });

  it('caps skills at 10', () => {
    const skills = Array.from({ length: 15 }, (_, i) => `Skill ${i}`);
    expect(deriveTargeting(job({ skills }), []).skills).toHaveLength(10);
  });

  it('derives Google keywords from the title', () => {
    expect(deriveTargeting(job(), []).keywords).toEqual(['registered nurse', 'registered nurse jobs']);
  });

  it('never derives protected dimensions', () => {
    const t = deriveTargeting(job(), [profile()]);
    expect(Object.keys(t).sort()).toEqual(['cities', 'countries', 'keywords', 'skills']);
  });

  it('audience size is the sum of the segment sizes', () => {
    expect(audienceSize([{ size: 10 }, { size: 32 }])).toBe(42);
  });
});
