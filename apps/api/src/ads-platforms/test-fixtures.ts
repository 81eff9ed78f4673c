/** Shared publication fixtures for the adapter specs (not used by production code). */
import type { PublishSpec } from './ads-platform.port';

export function publishSpec(overrides: Partial<PublishSpec> = {}): PublishSpec {
  return {
    idempotencyKey: 'af-1a2b3c4d',
    name: 'Registered Nurse – Austin',
    objective: 'traffic',
    dailyBudgetMinor: 2500,
    currency: 'USD',
    startsAt: new Date('2026-12-01T08:00:00Z'),
    endsAt: new Date('2026-12-31T08:00:00Z'),
    landingUrl: 'https://jobs.example.com/nurse?ref=board',
    creative: {
      headline: 'Registered Nurse in Austin',
      primaryText: 'Join our pediatric ward. Flexible shifts and full benefits.',
      description: 'Apply in two minutes',
      callToAction: 'APPLY_NOW',
    },
    targeting: {
      countries: ['US'],
      cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 30 }],
      skills: ['Nursing', 'Pediatrics'],
      keywords: ['rn jobs'],
    },
    job: { title: 'Registered Nurse', company: 'St. Mary Clinic', location: 'Austin', skills: ['Nursing', 'Pediatrics'] },
    audienceSize: 50_000,
    ...overrides,
  };
}
