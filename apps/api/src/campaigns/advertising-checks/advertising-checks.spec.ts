import { adPlaces } from './ad-places';
import { blockingErrors, payTransparencyCheck, wordingCheck } from './advertising-checks';
import { employmentChecks } from './employment-checks';

const job = { title: 'Registered Nurse', shortDescription: 'Pediatric ward.', employmentType: 'full_time' as const };
const targeting = (countries: string[], cities: Array<{ name: string; countryCode: string; radiusKm: number }> = []) => ({ countries, cities, skills: [], keywords: [] });

describe('adPlaces', () => {
  it('the job’s region, the whole country when remote or targeted, and cities with their region only when it is the job’s city', () => {
    const onsite = { location: { city: 'Denver', region: 'Colorado', countryCode: 'US' }, remote: 'onsite' as const };
    expect(adPlaces(onsite, [targeting([], [{ name: 'Denver', countryCode: 'US', radiusKm: 40 }, { name: 'Austin', countryCode: 'US', radiusKm: 40 }])])).toEqual([
      { countryCode: 'US', region: 'Colorado' }, { countryCode: 'US', region: 'Colorado' }, { countryCode: 'US', region: null },
    ]);
    expect(adPlaces({ ...onsite, remote: 'remote' }, [targeting(['DE'])])).toEqual([{ countryCode: 'US', region: '*' }, { countryCode: 'DE', region: '*' }]);
  });
});

describe('explained checks', () => {
  it('pay transparency fails where the law requires a range in the ad, and names the rule for the 422', () => {
    const check = payTransparencyCheck(null, [{ countryCode: 'US', region: 'CO' }], '2026-12-04');
    expect(check.status).toBe('failed');
    expect(blockingErrors([check])).toEqual([{ field: 'job.salary', message: expect.stringMatching(/^US-CO: Colorado/) }]);
    expect(payTransparencyCheck({ min: 1, max: 2, currency: 'USD' }, [{ countryCode: 'US', region: 'CO' }], '2026-12-04').status).toBe('passed');
  });

  it('wording: coded words warn, explicit limits fail; the phrase and position are kept', () => {
    expect(wordingCheck(job, { headline: 'Digital natives wanted' })).toMatchObject({ status: 'warning', findings: [{ field: 'creative.headline', phrase: 'Digital natives', start: 0, end: 15 }] });
    const hard = wordingCheck(job, { primaryText: 'Women only.' });
    expect(hard.status).toBe('failed');
    expect(blockingErrors([hard])).toEqual([{ field: 'creative.primaryText', message: expect.stringMatching(/^"Women only": Limiting a job to one gender/) }]);
  });

  it('employment rules: each rule explained with the platform’s own values, failed with the violations that break it', () => {
    const checks = employmentChecks('meta', [{ field: 'targeting.cities[0].radiusKm', message: 'too small' }, { field: 'targeting.genders', message: 'no gender' }]);
    expect(checks.map((c) => `${c.id}:${c.status}`)).toEqual(['employment-targeting:failed', 'location-radius:failed', 'ad-text:passed', 'landing-url:passed', 'account-currency:passed']);
    expect(checks[1].explanation).toMatch(/at least 25 km \(15 miles\) for employment ads on Meta/);
    expect(checks[2].explanation).toMatch(/Meta allows at most: headline 40, primaryText 125, description 30/);
    expect(employmentChecks('sandbox', [])[2].explanation).toBe('Headline and primary text are required.');
  });
});
