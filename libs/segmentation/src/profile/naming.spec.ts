import type { SegmentStats } from './profile-types';
import { baseName, countryName, describe as describeSegment, nameProfiles, seniorityLabel, uniqueNames } from './naming';

function stats(overrides: Partial<SegmentStats> = {}): SegmentStats {
  return {
    segment: 0,
    size: 120,
    share: 0.3,
    experience: { median: 7, p25: 5, p75: 9, missingShare: 0 },
    salary: { currency: 'USD', median: 60000, p25: 50000, p75: 70000, missingShare: 0 },
    topSkills: [
      { skill: 'Java', share: 0.9, overallShare: 0.3, lift: 3 },
      { skill: 'Spring', share: 0.6, overallShare: 0.2, lift: 3 },
      { skill: 'Kafka', share: 0.3, overallShare: 0.1, lift: 3 },
    ],
    topCountries: [{ countryCode: 'CO', share: 0.8 }],
    topRegions: [{ countryCode: 'CO', region: 'Antioquia', share: 0.4 }],
    seekingStatus: { active: 0.7, passive: 0.2, not_looking: 0.1, unknown: 0 },
    employmentType: { full_time: 0.9, part_time: 0, contract: 0.1, internship: 0, temporary: 0, unknown: 0 },
    distance: { median: 1, p90: 2 },
    ...overrides,
  };
}

describe('segment names', () => {
  it('reads like "Senior Java Spring · Colombia · active"', () => {
    expect(baseName(stats())).toBe('Senior Java Spring · Colombia · active');
  });

  it('derives seniority from median experience', () => {
    expect([1, 3, 7, 15, null].map(seniorityLabel)).toEqual(['Junior', 'Mid-level', 'Senior', 'Veteran', null]);
  });

  it('says when location or status are mixed', () => {
    const name = baseName(
      stats({
        topCountries: [
          { countryCode: 'CO', share: 0.3 },
          { countryCode: 'MX', share: 0.2 },
        ],
        seekingStatus: { active: 0.4, passive: 0.3, not_looking: 0.3, unknown: 0 },
      }),
    );
    expect(name).toBe('Senior Java Spring · mixed locations · mixed status');
  });

  it('falls back to codes for unknown countries', () => {
    expect(countryName('CO')).toBe('Colombia');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('disambiguates colliding names with the detail that tells them apart', () => {
    const names = uniqueNames([
      stats({ segment: 0 }),
      stats({
        segment: 1,
        topSkills: [...stats().topSkills.slice(0, 2), { skill: 'Kotlin', share: 0.3, overallShare: 0.1, lift: 3 }],
      }),
    ]);
    expect(names).toEqual(['Senior Java Spring · Colombia · active · Kafka', 'Senior Java Spring · Colombia · active · Kotlin']);
  });

  it('numbers segments that cannot be told apart', () => {
    const names = uniqueNames([stats(), stats(), stats()]);
    expect(new Set(names).size).toBe(3);
    expect(names[2]).toMatch(/\(3\)$/);
  });

  it('writes a one-line description and attaches name and description to profiles', () => {
    const line = describeSegment(stats());
    expect(line).toContain('120 candidates (30%)');
    expect(line).toContain('USD 60k');
    expect(line).toContain('Java 90%');
    expect(line).not.toContain('\n');
    const [profile] = nameProfiles([stats()]);
    expect(profile.name).toBe('Senior Java Spring · Colombia · active');
    expect(profile.description).toBe(line);
  });
});
