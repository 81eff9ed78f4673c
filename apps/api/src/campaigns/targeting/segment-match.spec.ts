import { JobForMatch, matchSegment, ProfileForMatch } from './segment-match';

const job = (over: Partial<JobForMatch> = {}): JobForMatch => ({
  skills: ['Nursing', 'Pediatrics'],
  experienceLevel: 'mid',
  remote: 'onsite',
  location: { city: 'Austin', region: 'Texas', countryCode: 'US' },
  ...over,
});
const spread = (median: number | null) => ({ median, p25: null, p75: null, missingShare: 0 });
const profile = (over: Partial<ProfileForMatch> = {}): ProfileForMatch => ({
  topSkills: [],
  topCountries: [],
  topRegions: [],
  experience: spread(3),
  ...over,
});
const skill = (name: string, share: number) => ({ skill: name, share, overallShare: share / 2, lift: 2 });

describe('matchSegment', () => {
  it('a segment with the job skills, experience and place scores near 1', () => {
    const m = matchSegment(job(), profile({
      topSkills: [skill('nursing', 0.8), skill('Pediatrics', 0.6)],
      topCountries: [{ countryCode: 'US', share: 1 }],
      topRegions: [{ countryCode: 'US', region: 'Texas', share: 0.7 }],
    }));
    expect(m.skills).toBe(1);
    expect(m.experience).toBe(1);
    expect(m.location).toBe(1);
    expect(m.score).toBe(1);
    expect(m.matchedSkills).toEqual(['nursing', 'Pediatrics']);
  });

  it('ranks skill overlap first: more shared skills, higher score', () => {
    const one = matchSegment(job(), profile({ topSkills: [skill('Nursing', 0.6)] }));
    const two = matchSegment(job(), profile({ topSkills: [skill('Nursing', 0.6), skill('Pediatrics', 0.6)] }));
    const none = matchSegment(job(), profile({ topSkills: [skill('Java', 0.9)] }));
    expect(two.score).toBeGreaterThan(one.score);
    expect(one.score).toBeGreaterThan(none.score);
    expect(none.skills).toBe(0);
  });

  it('a rare skill in the segment counts less than a common one', () => {
    expect(matchSegment(job(), profile({ topSkills: [skill('Nursing', 0.1)] })).skills).toBeLessThan(
      matchSegment(job(), profile({ topSkills: [skill('Nursing', 0.5)] })).skills,
    );
  });

  it('experience decays with the distance from the level range', () => {
    expect(matchSegment(job({ experienceLevel: 'senior' }), profile({ experience: spread(7) })).experience).toBe(1);
    expect(matchSegment(job({ experienceLevel: 'senior' }), profile({ experience: spread(2) })).experience).toBe(0.5);
    expect(matchSegment(job({ experienceLevel: 'entry' }), profile({ experience: spread(20) })).experience).toBeLessThan(0.02);
    expect(matchSegment(job(), profile({ experience: spread(null) })).experience).toBe(0.5);
  });

  it('location: segments elsewhere score low for on-site jobs, remote jobs care less', () => {
    const abroad = profile({ topCountries: [{ countryCode: 'DE', share: 1 }] });
    expect(matchSegment(job(), abroad).location).toBe(0);
    expect(matchSegment(job({ remote: 'remote' }), abroad).location).toBe(0.5);
    const sameCountry = profile({ topCountries: [{ countryCode: 'US', share: 1 }], topRegions: [{ countryCode: 'US', region: 'Ohio', share: 1 }] });
    expect(matchSegment(job(), sameCountry).location).toBe(0.6);
  });

  it('a job without skills scores 0 on skills rather than failing', () => {
    expect(matchSegment(job({ skills: [] }), profile({ topSkills: [skill('Nursing', 1)] })).skills).toBe(0);
  });
});
