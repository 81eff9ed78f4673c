/**
 * Employment-ad rules checked before anything is sent to a platform (and by the campaign form,
 * which shows the same messages). Pure: no I/O, no clock.
 *
 * Sources:
 * - Meta special ad category EMPLOYMENT (developers.facebook.com/docs/marketing-api/audiences/
 *   special-ad-category; facebook.com/business/help/2220749868045706): age fixed 18–65+, all
 *   genders, no ZIP/postal codes, no location exclusions, city/address radius ≥ 15 mi (25 km),
 *   no lookalike/custom/saved audiences or detailed-targeting exclusions.
 * - Google personalized-advertising policy for employment (support.google.com/adspolicy/answer/
 *   9997418): no targeting or excluding by gender, age, parental status, marital status or ZIP
 *   code; radius targeting allowed from 1 km.
 * - Text limits: see META_TEXT_LIMITS and GOOGLE_RSA_LIMITS below.
 */
import type { PlatformKind, PublishSpec } from '../ads-platform.port';
import { charCount, googleTextWidth } from './text-length';

export interface ComplianceViolation {
  field: string;
  message: string;
}

/** The parts of a publication the rules look at (the campaign form has these before a spec exists). */
export type ComplianceInput = Pick<PublishSpec, 'landingUrl' | 'creative' | 'targeting'>;

/**
 * Meta's recommended text lengths for single-image/link ads in Feed (Meta Ads Guide,
 * facebook.com/business/ads-guide → Image → Facebook Feed: "Primary text 125 characters,
 * Headline 40 characters, Description 30 characters"). Longer text is truncated ("See more")
 * in most placements, so AdFlux treats these recommendations as limits.
 */
export const META_TEXT_LIMITS = { headline: 40, primaryText: 125, description: 30 } as const;

/**
 * Google responsive search ads (ResponsiveSearchAdInfo reference, and Google Ads Help 7684791):
 * 3–15 headlines of ≤ 30 characters, 2–4 descriptions of ≤ 90, display paths ≤ 15 each.
 */
export const GOOGLE_RSA_LIMITS = {
  headline: 30, description: 90, path: 15, minHeadlines: 3, maxHeadlines: 15, minDescriptions: 2, maxDescriptions: 4,
} as const;

/** Minimum radius around a city; Meta also caps city radius at 50 mi (80 km). */
export const MIN_RADIUS_KM: Readonly<Record<PlatformKind, number>> = { meta: 25, google: 1, sandbox: 1 };
export const META_MIN_RADIUS_MILES = 15;
export const META_MAX_RADIUS_KM = 80;

/** Forbidden targeting keys, normalised (lower case, no separators), with the reason shown to users. */
const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/^(age|ages|agerange|ageranges|agegroup)$/, 'Employment ads may not target or exclude by age.'],
  [/^(gender|genders)$/, 'Employment ads may not target or exclude by gender.'],
  [/^(zip|zips|zipcode|zipcodes|postal|postalcode|postalcodes|postcode|postcodes)$/, 'Employment ads may not target by ZIP or postal code.'],
  [/^(parent|parents|parental|parentalstatus|parentalstatuses)$/, 'Employment ads may not target by parental status.'],
  [/^(marital|maritalstatus|maritalstatuses|relationshipstatus|relationshipstatuses)$/, 'Employment ads may not target by marital or relationship status.'],
  [/^(familystatus|familystatuses|lifeevent|lifeevents)$/, 'Employment ads may not target by family status or life events.'],
  [/^(income|incomes|incomerange|householdincome)$/, 'Employment ads may not target by income.'],
  [/^(excludedgeolocations|excludedlocations|exclusions|excludedcustomaudiences|excludedconnections|excludedinterests)$/, 'Employment ads may not exclude audiences or locations.'],
  [/^(customaudiences|lookalike.*|userlist|userlists|customermatch)$/, 'Employment ads may not use custom, lookalike or customer-match audiences.'],
];

const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

export function checkCompliance(platform: PlatformKind, spec: ComplianceInput, rawTargeting?: unknown): ComplianceViolation[] {
  return [
    ...checkLandingUrl(spec.landingUrl),
    ...checkLocations(platform, spec.targeting),
    ...checkCreativeText(platform, spec.creative),
    ...(rawTargeting === undefined ? [] : checkRawTargeting(platform, rawTargeting, 'targeting')),
  ];
}

function checkLandingUrl(landingUrl: string): ComplianceViolation[] {
  let url: URL;
  try {
    url = new URL(landingUrl);
  } catch {
    return [{ field: 'landingUrl', message: 'The landing URL is not a valid absolute URL.' }];
  }
  return url.protocol === 'https:' ? [] : [{ field: 'landingUrl', message: 'The landing URL must use https.' }];
}

function checkLocations(platform: PlatformKind, targeting: ComplianceInput['targeting']): ComplianceViolation[] {
  const out: ComplianceViolation[] = [];
  if (targeting.countries.length === 0 && targeting.cities.length === 0) {
    out.push({ field: 'targeting', message: 'Choose at least one country or city.' });
  }
  targeting.countries.forEach((code, i) => {
    if (!/^[A-Z]{2}$/.test(code)) out.push({ field: `targeting.countries[${i}]`, message: `"${code}" is not an ISO 3166-1 alpha-2 country code.` });
  });
  const min = MIN_RADIUS_KM[platform];
  targeting.cities.forEach((city, i) => {
    const field = `targeting.cities[${i}]`;
    if (!city.name.trim()) out.push({ field: `${field}.name`, message: 'City name is required.' });
    if (!/^[A-Z]{2}$/.test(city.countryCode)) out.push({ field: `${field}.countryCode`, message: `"${city.countryCode}" is not an ISO 3166-1 alpha-2 country code.` });
    if (!Number.isFinite(city.radiusKm) || city.radiusKm < min) {
      const rule = platform === 'meta' ? `at least ${min} km (15 miles) for employment ads on Meta` : `at least ${min} km`;
      out.push({ field: `${field}.radiusKm`, message: `The radius around ${city.name || 'a city'} must be ${rule}.` });
    } else if (platform === 'meta' && city.radiusKm > META_MAX_RADIUS_KM) {
      out.push({ field: `${field}.radiusKm`, message: `Meta allows a city radius of at most ${META_MAX_RADIUS_KM} km (50 miles).` });
    }
  });
  return out;
}

function checkCreativeText(platform: PlatformKind, creative: ComplianceInput['creative']): ComplianceViolation[] {
  const out: ComplianceViolation[] = [];
  const required = (field: 'headline' | 'primaryText', label: string) => {
    if (!creative[field].trim()) out.push({ field: `creative.${field}`, message: `${label} is required.` });
  };
  required('headline', 'Headline');
  required('primaryText', 'Primary text');
  const max = (field: 'headline' | 'primaryText' | 'description', limit: number, count: (t: string) => number, who: string) => {
    const length = count(creative[field]);
    if (length > limit) out.push({ field: `creative.${field}`, message: `${who} allows at most ${limit} characters here (this has ${length}).` });
  };
  if (platform === 'meta') {
    max('headline', META_TEXT_LIMITS.headline, charCount, 'Meta');
    max('primaryText', META_TEXT_LIMITS.primaryText, charCount, 'Meta');
    max('description', META_TEXT_LIMITS.description, charCount, 'Meta');
  } else if (platform === 'google') {
    // The headline becomes an RSA headline and the description an RSA description.
    max('headline', GOOGLE_RSA_LIMITS.headline, googleTextWidth, 'Google');
    max('description', GOOGLE_RSA_LIMITS.description, googleTextWidth, 'Google');
  }
  return out;
}

/** Walks platform-shaped targeting (a Meta targeting spec, Google criteria) for forbidden keys. */
function checkRawTargeting(platform: PlatformKind, node: unknown, path: string): ComplianceViolation[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => checkRawTargeting(platform, item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const out: ComplianceViolation[] = [];
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const field = `${path}.${key}`;
    const norm = normaliseKey(key);
    if ((norm === 'agemin' && (value === 18 || value === undefined)) || (norm === 'agemax' && (value === 65 || value === undefined))) continue;
    if (norm === 'agemin' || norm === 'agemax') {
      out.push({ field, message: 'Employment ads must target ages 18–65+: age_min must be 18 and age_max 65 (or omitted).' });
      continue;
    }
    const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(norm));
    if (forbidden && !isEmpty(value)) {
      out.push({ field, message: forbidden[1] });
      continue;
    }
    if (platform === 'meta' && (norm === 'cities' || norm === 'customlocations' || norm === 'places') && Array.isArray(value)) {
      value.forEach((loc, i) => out.push(...checkMetaRadius(loc, `${field}[${i}]`)));
    }
    out.push(...checkRawTargeting(platform, value, field));
  }
  return out;
}

function checkMetaRadius(loc: unknown, field: string): ComplianceViolation[] {
  if (!loc || typeof loc !== 'object') return [];
  const { radius, distance_unit: unit } = loc as { radius?: unknown; distance_unit?: unknown };
  // Meta widens cities without a radius to its default; only explicit radii can be too small.
  if (radius === undefined) return [];
  const value = Number(radius);
  const miles = unit === 'kilometer' ? null : value; // Meta's default unit is miles
  const ok = miles === null ? value >= MIN_RADIUS_KM.meta : value >= META_MIN_RADIUS_MILES;
  return ok ? [] : [{ field: `${field}.radius`, message: 'Employment ads on Meta need a radius of at least 15 miles (25 km).' }];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}
