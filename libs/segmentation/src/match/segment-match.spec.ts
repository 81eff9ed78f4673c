import { createRng } from '../random';
import { matchSegment, rankSegments } from './segment-match';
import type { JobNeeds, ProfileForMatch } from './segment-match';

const job = (over: Partial<JobNeeds> = {}): JobNeeds => ({
  skills: ['TypeScript', 'PostgreSQL', 'Node.js'],
  experienceYears: [5, 10],
  countryCode: 'ES',
  places: ['Madrid'],
  remote: false,
  ...over,
});
const spread = (median: number | null) => ({ median, p25: null, p75: null, missingShare: 0 });
const skill = (name: string, share: number) => ({ skill: name, share, overallShare: share / 4, lift: 4 });
const profile = (over: Partial<ProfileForMatch> = {}): ProfileForMatch => ({
  topSkills: [], topCountries: [], topRegions: [], experience: spread(7), ...over,
});

describe('matchSegment (library)', () => {
  it('a segment sharing one rare job skill outranks a perfect fit on everything else', () => {
    const nursing = profile({
      topSkills: [skill('Nursing', 0.9)],
      topCountries: [{ countryCode: 'ES', share: 1 }],
      topRegions: [{ countryCode: 'ES', region: 'Madrid', share: 1 }],
    });
    const backendAbroad = profile({ topSkills: [skill('postgresql', 0.05)], experience: spread(30) });
    const n = matchSegment(job(), nursing);
    const b = matchSegment(job(), backendAbroad);
    expect(n.experience).toBe(1);
    expect(n.location).toBe(1);
    expect(n.score).toBe(0.25); // the most a segment without job skills can score
    expect(b.score).toBeGreaterThan(0.5);
    expect(b.matchedSkills).toEqual(['postgresql']);
  });

  it('matches skills whatever their case and spacing', () => {
    expect(matchSegment(job({ skills: [' node.JS '] }), profile({ topSkills: [skill('Node.js', 0.8)] })).matchedSkills).toEqual(['Node.js']);
  });

  it('an unknown experience range or median scores 0.5', () => {
    expect(matchSegment(job({ experienceYears: null }), profile()).experience).toBe(0.5);
    expect(matchSegment(job(), profile({ experience: spread(null) })).experience).toBe(0.5);
  });

  it('over random profiles, no segment without job skills ranks above one with some', () => {
    const rng = createRng(3);
    const pool = ['TypeScript', 'PostgreSQL', 'Node.js', 'Nursing', 'Figma', 'Excel', 'Java'];
    const profiles = Array.from({ length: 200 }, (_, segment) => ({
      segment,
      size: Math.floor(rng() * 1000),
      ...profile({
        topSkills: pool.filter(() => rng() < 0.2).map((s) => skill(s, rng())),
        topCountries: [{ countryCode: rng() < 0.5 ? 'ES' : 'MX', share: rng() }],
        topRegions: [{ countryCode: 'ES', region: 'Madrid', share: rng() }],
        experience: spread(rng() * 30),
      }),
    }));
    const ranked = rankSegments(job(), profiles).map((r) => r.match.matchedSkills.length > 0);
    expect(ranked).toContain(true);
    expect(ranked).toContain(false);
    expect(ranked.slice(ranked.indexOf(false))).not.toContain(true);
  });

  it('rankSegments breaks score ties by size, then segment number', () => {
    const same = profile({ topSkills: [skill('TypeScript', 1)] });
    const ranked = rankSegments(job(), [
      { ...same, segment: 0, size: 10 },
      { ...same, segment: 1, size: 50 },
      { ...same, segment: 2, size: 50 },
    ]);
    expect(ranked.map((r) => r.profile.segment)).toEqual([1, 2, 0]);
  });
});
