import { publishSpec } from '../test-fixtures';
import { checkCompliance } from './employment-compliance';

const fields = (violations: { field: string }[]) => violations.map((v) => v.field);

describe('checkCompliance', () => {
  it('accepts the reference publication on every platform', () => {
    const spec = publishSpec({ creative: { ...publishSpec().creative, headline: 'Registered Nurse in Austin' } });
    expect(checkCompliance('meta', spec)).toEqual([]);
    expect(checkCompliance('google', spec)).toEqual([]);
    expect(checkCompliance('sandbox', spec)).toEqual([]);
  });

  describe('forbidden targeting keys', () => {
    it.each([
      [{ genders: [1] }, 'targeting.genders', /gender/],
      [{ geo_locations: { countries: ['US'], zips: [{ key: 'US:78701' }] } }, 'targeting.geo_locations.zips', /ZIP/],
      [{ postalCodes: ['78701'] }, 'targeting.postalCodes', /postal/],
      [{ family_statuses: [{ id: '6002714398372' }] }, 'targeting.family_statuses', /family/],
      [{ relationship_statuses: [2] }, 'targeting.relationship_statuses', /marital/],
      [{ criteria: [{ parental_status: { type: 'PARENT' } }] }, 'targeting.criteria[0].parental_status', /parental/],
      [{ criteria: [{ age_range: { type: 'AGE_RANGE_25_34' } }] }, 'targeting.criteria[0].age_range', /age/],
      [{ income: [{ id: '1' }] }, 'targeting.income', /income/],
      [{ excluded_geo_locations: { countries: ['CA'] } }, 'targeting.excluded_geo_locations', /exclude/],
      [{ custom_audiences: [{ id: '1' }] }, 'targeting.custom_audiences', /custom/],
      [{ lookalike_spec: { ratio: 0.01 } }, 'targeting.lookalike_spec', /lookalike/],
      [{ targeting_automation: { individual_setting: { age: 1, gender: 1 } } }, 'targeting.targeting_automation.individual_setting.age', /age/],
    ])('rejects %j at %s', (raw, field, message) => {
      const violations = checkCompliance('meta', publishSpec(), raw);
      expect(fields(violations)).toContain(field);
      expect(violations.find((v) => v.field === field)?.message).toMatch(message);
    });

    it('allows the fixed employment age range 18–65 and empty lists', () => {
      expect(checkCompliance('meta', publishSpec(), { age_min: 18, age_max: 65, genders: [], geo_locations: { countries: ['US'] } })).toEqual([]);
    });

    it('rejects any other age range', () => {
      expect(fields(checkCompliance('meta', publishSpec(), { age_min: 25, age_max: 65 }))).toEqual(['targeting.age_min']);
    });
  });

  describe('location radius', () => {
    const withRadius = (radiusKm: number) => publishSpec({ targeting: { countries: [], cities: [{ name: 'Austin', countryCode: 'US', radiusKm }], skills: [], keywords: [] } });

    it('requires at least 25 km (15 mi) on Meta, 1 km on Google', () => {
      expect(fields(checkCompliance('meta', withRadius(24)))).toEqual(['targeting.cities[0].radiusKm']);
      expect(checkCompliance('meta', withRadius(25))).toEqual([]);
      expect(checkCompliance('google', withRadius(1))).toEqual([]);
      expect(fields(checkCompliance('google', withRadius(0.5)))).toEqual(['targeting.cities[0].radiusKm']);
    });

    it('rejects more than Meta’s 80 km city radius', () => {
      expect(checkCompliance('meta', withRadius(81))[0].message).toMatch(/at most 80 km/);
    });

    it('checks raw Meta city radii in their own unit (15 miles, 25 km)', () => {
      const raw = (radius: number, unit?: string) => ({ geo_locations: { cities: [{ key: '2421836', radius, ...(unit ? { distance_unit: unit } : {}) }] } });
      expect(checkCompliance('meta', publishSpec(), raw(15, 'mile'))).toEqual([]);
      expect(fields(checkCompliance('meta', publishSpec(), raw(14, 'mile')))).toEqual(['targeting.geo_locations.cities[0].radius']);
      expect(fields(checkCompliance('meta', publishSpec(), raw(20, 'kilometer')))).toEqual(['targeting.geo_locations.cities[0].radius']);
      expect(fields(checkCompliance('meta', publishSpec(), raw(10)))).toEqual(['targeting.geo_locations.cities[0].radius']); // default unit: miles
    });

    it('needs at least one well-formed location', () => {
      const none = publishSpec({ targeting: { countries: [], cities: [], skills: [], keywords: [] } });
      expect(fields(checkCompliance('google', none))).toEqual(['targeting']);
      const bad = publishSpec({ targeting: { countries: ['usa'], cities: [], skills: [], keywords: [] } });
      expect(fields(checkCompliance('google', bad))).toEqual(['targeting.countries[0]']);
    });
  });

  describe('creative text and landing URL', () => {
    const creative = (over: object) => publishSpec({ creative: { ...publishSpec().creative, ...over } });

    it('Meta: headline ≤ 40, primary text ≤ 125, description ≤ 30', () => {
      expect(fields(checkCompliance('meta', creative({ headline: 'x'.repeat(41), primaryText: 'y'.repeat(126), description: 'z'.repeat(31) }))))
        .toEqual(['creative.headline', 'creative.primaryText', 'creative.description']);
      expect(checkCompliance('meta', creative({ headline: 'x'.repeat(40), primaryText: 'y'.repeat(125), description: 'z'.repeat(30) }))).toEqual([]);
    });

    it('Google: headline ≤ 30 and description ≤ 90, double-width characters counting twice', () => {
      expect(fields(checkCompliance('google', creative({ headline: 'x'.repeat(31), description: 'z'.repeat(91) })))).toEqual(['creative.headline', 'creative.description']);
      expect(checkCompliance('google', creative({ headline: '看'.repeat(16) }))[0].message).toMatch(/this has 32/);
      expect(checkCompliance('google', creative({ headline: '看'.repeat(15) }))).toEqual([]);
    });

    it('requires a headline and primary text', () => {
      expect(fields(checkCompliance('sandbox', creative({ headline: ' ', primaryText: '' })))).toEqual(['creative.headline', 'creative.primaryText']);
    });

    it('requires an https landing URL', () => {
      expect(checkCompliance('sandbox', publishSpec({ landingUrl: 'http://jobs.example.com/1' }))).toEqual([{ field: 'landingUrl', message: 'The landing URL must use https.' }]);
      expect(fields(checkCompliance('sandbox', publishSpec({ landingUrl: 'jobs/1' })))).toEqual(['landingUrl']);
    });
  });
});
