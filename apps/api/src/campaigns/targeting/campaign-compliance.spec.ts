import { forbiddenTargetingKeys } from './campaign-compliance';

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
