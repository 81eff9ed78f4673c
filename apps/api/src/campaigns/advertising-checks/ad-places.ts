import type { JobForAds } from '../../jobs';
import type { AdPlace } from '../pay-transparency/pay-transparency';
import type { Targeting } from '../targeting/derive-targeting';

/**
 * Where an ad is seen, for the pay-transparency rules: the job's own place (its whole country when
 * remote), every targeted country (all its regions), and every targeted city (its region is known
 * only when it is the job's own city).
 */
export function adPlaces(job: Pick<JobForAds, 'location' | 'remote'>, targetings: readonly Targeting[]): AdPlace[] {
  const { city, region, countryCode } = job.location;
  const places: AdPlace[] = [{ countryCode, region: job.remote === 'remote' ? '*' : region }];
  for (const t of targetings) {
    places.push(...t.countries.map((code) => ({ countryCode: code, region: '*' as const })));
    places.push(...t.cities.map((c) => ({
      countryCode: c.countryCode,
      region: c.countryCode === countryCode && city && c.name.trim().toLowerCase() === city.toLowerCase() ? region : null,
    })));
  }
  return places;
}
