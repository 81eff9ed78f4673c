/** Shared fixtures for the creatives specs (not used by production code). */
import type { JobForAds } from '../jobs';
import type { AudienceSegment } from './copy-brief';

export function jobForAdsFixture(overrides: Partial<JobForAds> = {}): JobForAds {
  return {
    id: '00000000-0000-4000-8000-000000000001', status: 'open', advertisable: true,
    title: 'Registered Nurse', shortDescription: 'Pediatric ward, flexible shifts, full benefits.', company: 'St. Mary Clinic',
    location: { city: 'Austin', region: 'Texas', countryCode: 'US' }, remote: 'onsite', employmentType: 'full_time', experienceLevel: 'mid',
    skills: ['Nursing', 'Pediatrics', 'Triage'], salary: { min: 72000, max: 91000, currency: 'USD' },
    applicationUrl: 'https://jobs.example.com/nurse', closingDate: null,
    ...overrides,
  };
}

export function segmentFixture(name: string, size: number, seeking: 'active' | 'passive' | 'not_looking', skills: string[], medianYears: number): AudienceSegment {
  const status = { active: 0.1, passive: 0.1, not_looking: 0.1, unknown: 0, [seeking]: 0.7 };
  return {
    name, size,
    profile: {
      topSkills: skills.map((skill, i) => ({ skill, share: 0.6 - i * 0.1, overallShare: 0.1, lift: 6 - i })),
      experience: { median: medianYears, p25: medianYears - 2, p75: medianYears + 2, missingShare: 0 },
      seekingStatus: status,
    },
  };
}
