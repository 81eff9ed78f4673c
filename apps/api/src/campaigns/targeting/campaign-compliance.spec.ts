import { forbiddenTargetingKeys, publicationViolations } from './campaign-compliance';

const input = (landingUrl: string) => ({
  landingUrl,
  creative: { headline: 'Nurse in Austin', primaryText: 'Join us', description: '', callToAction: 'APPLY_NOW' as const },
  targeting: { countries: ['US'], cities: [], skills: [], keywords: [] },
});

describe('forbiddenTargetingKeys', () => {
  it('names each forbidden key under the request path with the rule', () => {
    const v = forbiddenTargetingKeys('meta', { countries: ['US'], genders: [1], zips: ['78701'], age_min: 25 }, 'targeting[1]');
    expect(v.map((x) => x.field).sort()).toEqual(['targeting[1].age_min', 'targeting[1].genders', 'targeting[1].zips']);
    expect(v.find((x) => x.field.endsWith('genders'))!.message).toMatch(/gender/);
  });

  it('accepts employment-safe targeting', () => {
    expect(forbiddenTargetingKeys('google', { countries: ['US'], cities: [{ name: 'Austin', countryCode: 'US', radiusKm: 5 }], skills: ['Nursing'], keywords: [] }, 'targeting[0]')).toEqual([]);
  });
});

describe('publicationViolations', () => {
  it('requires https landing URLs on real platforms, even on localhost', () => {
    expect(publicationViolations('meta', input('http://localhost:3000/r/abc')).map((v) => v.field)).toEqual(['landingUrl']);
    expect(publicationViolations('google', input('http://ads.example.com/r/abc')).map((v) => v.field)).toEqual(['landingUrl']);
  });

  it('lets the sandbox link to a localhost tracking URL over http, but not any other http URL', () => {
    expect(publicationViolations('sandbox', input('http://localhost:3000/r/abc'))).toEqual([]);
    expect(publicationViolations('sandbox', input('http://ads.example.com/r/abc')).map((v) => v.field)).toEqual(['landingUrl']);
  });

  it('reports creative length per platform', () => {
    const long = { ...input('https://a.example/r/x'), creative: { ...input('').creative, headline: 'A headline that is longer than thirty-one chars' } };
    expect(publicationViolations('google', long).map((v) => v.field)).toContain('creative.headline');
    expect(publicationViolations('meta', long).map((v) => v.field)).toContain('creative.headline');
  });
});
