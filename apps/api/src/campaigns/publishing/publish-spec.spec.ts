import type { Campaign } from '../entities/campaign.entity';
import type { Publication } from '../entities/publication.entity';
import { buildPublishSpec, landingUrl, trackingUrl } from './publish-spec';

const JOB_URL = 'https://careers.example.com/jobs/rn';

describe('landing URL', () => {
  it('is the tracking redirect whenever it is https', () => {
    expect(trackingUrl('https://ads.example.com/', 'abc')).toBe('https://ads.example.com/r/abc');
    for (const kind of ['meta', 'google', 'sandbox'] as const) expect(landingUrl(kind, 'https://ads.example.com', 'abc', JOB_URL)).toBe('https://ads.example.com/r/abc');
  });

  it('on a localhost http base, the sandbox links to the job application URL instead', () => {
    expect(landingUrl('sandbox', 'http://localhost:3000', 'abc', JOB_URL)).toBe(JOB_URL);
    expect(landingUrl('sandbox', 'http://127.0.0.1:3300', 'abc', JOB_URL)).toBe(JOB_URL);
  });

  it('real platforms keep the http link (the https rule then refuses it), and so does the sandbox without an https job URL', () => {
    expect(landingUrl('meta', 'http://localhost:3000', 'abc', JOB_URL)).toBe('http://localhost:3000/r/abc');
    expect(landingUrl('sandbox', 'http://localhost:3000', 'abc', null)).toBe('http://localhost:3000/r/abc');
    expect(landingUrl('sandbox', 'http://ads.example.com', 'abc', JOB_URL)).toBe('http://ads.example.com/r/abc');
  });
});

describe('buildPublishSpec', () => {
  const campaign = {
    name: 'Nurses', objective: 'traffic', dailyBudgetMinor: 2500, currency: 'USD', startsAt: new Date('2026-12-01T10:00:00Z'), endsAt: null,
    creative: { headline: 'Nurse', primaryText: 'Join', description: '', callToAction: 'APPLY_NOW' },
  } as unknown as Campaign;
  const publication = {
    idempotencyKey: 'af-0123456789ab', trackingCode: 'code', platform: 'meta', audienceSize: 42,
    targeting: { countries: ['US'], cities: [], skills: ['Nursing'], keywords: [] },
  } as unknown as Publication;

  it('carries the publication key, targeting and audience; no end or image when there is none', () => {
    const spec = buildPublishSpec(campaign, publication, { title: 'RN', company: 'St. Mary', location: { city: 'Austin', region: null, countryCode: 'US' }, skills: ['Nursing'], applicationUrl: JOB_URL }, 'https://ads.example.com');
    expect(spec).toEqual({
      idempotencyKey: 'af-0123456789ab', name: 'Nurses', objective: 'traffic', dailyBudgetMinor: 2500, currency: 'USD', startsAt: campaign.startsAt,
      landingUrl: 'https://ads.example.com/r/code', creative: { headline: 'Nurse', primaryText: 'Join', description: '', callToAction: 'APPLY_NOW' },
      targeting: publication.targeting, job: { title: 'RN', company: 'St. Mary', location: 'Austin', skills: ['Nursing'] }, audienceSize: 42,
    });
  });
});
