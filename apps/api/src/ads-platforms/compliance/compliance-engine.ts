/**
 * Employment-ad rules checked before anything is sent to a platform (and by the campaign form,
 * which shows the same messages). Pure: no I/O, no clock, no platform names: what differs per
 * platform (radius, text limits, raw location checks) comes in as PlatformComplianceRules from
 * the platform's descriptor (meta/meta.compliance.ts, google/google.compliance.ts, ...).
 *
 * Sources of the common rules:
 * - Meta special ad category EMPLOYMENT (developers.facebook.com/docs/marketing-api/audiences/
 *   special-ad-category; facebook.com/business/help/2220749868045706): age fixed 18–65+, all
 *   genders, no ZIP/postal codes, no location exclusions, no lookalike/custom/saved audiences or
 *   detailed-targeting exclusions.
 * - Google personalized-advertising policy for employment (support.google.com/adspolicy/answer/
 *   9997418): no targeting or excluding by gender, age, parental status, marital status or ZIP code.
 */
import type { PublishSpec } from '../ads-platform.port';
import { checkCreativeImage, describeShape, type CreativeImageRules } from './image-rules';

export interface ComplianceViolation {
  field: string;
  message: string;
}

/** The parts of a publication the rules look at (the campaign form has these before a spec exists). */
export type ComplianceInput = Pick<PublishSpec, 'landingUrl' | 'creative' | 'targeting'>;

export type LimitedTextField = 'headline' | 'primaryText' | 'description';

/** What one platform adds to the common employment-ad rules. */
export interface PlatformComplianceRules {
  /** Smallest radius around a city. */
  minRadiusKm: number;
  /** How the minimum reads in the message ("at least 25 km (15 miles) for employment ads on Meta"); default "at least N km". */
  minRadiusRule?: string;
  /** Largest radius around a city, with the message shown above it. */
  maxRadius?: { km: number; message: string };
  /** Text limits of the creative fields, counted with `count`, reported as "<owner> allows at most ...". */
  textLimits?: {
    owner: string; limits: Partial<Record<LimitedTextField, number>>; count: (text: string) => number; counting: 'characters' | 'double-width';
    /** How many texts of a field one ad carries (e.g. up to 15 RSA headlines); 1 when absent. */
    counts?: Partial<Record<LimitedTextField, number>>;
  };
  /** Checks a location object found under one of `keys` in platform-shaped (raw) targeting. */
  rawLocations?: { keys: readonly string[]; check: (location: unknown, field: string) => ComplianceViolation[] };
  /** The smallest images the platform takes (image-rules.ts); absent: any size (or images are not used). */
  image?: CreativeImageRules;
}

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

/** The employment-ad rules every platform shares, in words (the SPA lists them next to each platform's own). */
export const COMMON_EMPLOYMENT_RULES: readonly string[] = [
  'The landing URL must use https.',
  'Ages 18–65+ only: no targeting or excluding by age, gender, ZIP/postal code, parental, marital or family status, or income.',
  'No excluded audiences or locations; no custom, lookalike or customer-match audiences.',
];

export const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

export function checkEmploymentRules(rules: PlatformComplianceRules, spec: ComplianceInput, rawTargeting?: unknown): ComplianceViolation[] {
  return [
    ...checkLandingUrl(spec.landingUrl),
    ...checkLocations(rules, spec.targeting),
    ...checkCreativeText(rules, spec.creative),
    ...checkCreativeImage(rules.image, spec.creative.image),
    ...(rawTargeting === undefined ? [] : checkRawTargeting(rules, rawTargeting, 'targeting')),
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

function checkLocations(rules: PlatformComplianceRules, targeting: ComplianceInput['targeting']): ComplianceViolation[] {
  const out: ComplianceViolation[] = [];
  if (targeting.countries.length === 0 && targeting.cities.length === 0) {
    out.push({ field: 'targeting', message: 'Choose at least one country or city.' });
  }
  targeting.countries.forEach((code, i) => {
    if (!/^[A-Z]{2}$/.test(code)) out.push({ field: `targeting.countries[${i}]`, message: `"${code}" is not an ISO 3166-1 alpha-2 country code.` });
  });
  const min = rules.minRadiusKm;
  targeting.cities.forEach((city, i) => {
    const field = `targeting.cities[${i}]`;
    if (!city.name.trim()) out.push({ field: `${field}.name`, message: 'City name is required.' });
    if (!/^[A-Z]{2}$/.test(city.countryCode)) out.push({ field: `${field}.countryCode`, message: `"${city.countryCode}" is not an ISO 3166-1 alpha-2 country code.` });
    if (!Number.isFinite(city.radiusKm) || city.radiusKm < min) {
      const rule = rules.minRadiusRule ?? `at least ${min} km`;
      out.push({ field: `${field}.radiusKm`, message: `The radius around ${city.name || 'a city'} must be ${rule}.` });
    } else if (rules.maxRadius && city.radiusKm > rules.maxRadius.km) {
      out.push({ field: `${field}.radiusKm`, message: rules.maxRadius.message });
    }
  });
  return out;
}

function checkCreativeText(rules: PlatformComplianceRules, creative: ComplianceInput['creative']): ComplianceViolation[] {
  const out: ComplianceViolation[] = [];
  const required = (field: 'headline' | 'primaryText', label: string) => {
    if (!creative[field].trim()) out.push({ field: `creative.${field}`, message: `${label} is required.` });
  };
  required('headline', 'Headline');
  required('primaryText', 'Primary text');
  const text = rules.textLimits;
  if (!text) return out;
  for (const field of ['headline', 'primaryText', 'description'] as const) {
    const limit = text.limits[field];
    if (limit === undefined) continue;
    const length = text.count(creative[field]);
    if (length > limit) out.push({ field: `creative.${field}`, message: `${text.owner} allows at most ${limit} characters here (this has ${length}).` });
  }
  return out;
}

/** Walks platform-shaped targeting (a Meta targeting spec, Google criteria) for forbidden keys. */
function checkRawTargeting(rules: PlatformComplianceRules, node: unknown, path: string): ComplianceViolation[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => checkRawTargeting(rules, item, `${path}[${i}]`));
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
    const locations = rules.rawLocations;
    if (locations && locations.keys.includes(norm) && Array.isArray(value)) {
      value.forEach((loc, i) => out.push(...locations.check(loc, `${field}[${i}]`)));
    }
    out.push(...checkRawTargeting(rules, value, field));
  }
  return out;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

const TEXT_FIELD_NAMES: Record<LimitedTextField, string> = { headline: 'headline', primaryText: 'primary text', description: 'description' };

/** A platform's own rules in words, after the common ones (the SPA shows them next to the platform). */
export function describeRules(rules: PlatformComplianceRules): string[] {
  const out = [...COMMON_EMPLOYMENT_RULES, `The radius around a city must be ${rules.minRadiusRule ?? `at least ${rules.minRadiusKm} km`}.`];
  if (rules.maxRadius) out.push(rules.maxRadius.message);
  const text = rules.textLimits;
  if (text) {
    const limits = (Object.keys(TEXT_FIELD_NAMES) as LimitedTextField[]).filter((f) => text.limits[f] !== undefined).map((f) => `${TEXT_FIELD_NAMES[f]} ${text.limits[f]}`);
    const counting = text.counting === 'double-width' ? ' (double-width characters count twice)' : '';
    out.push(`${text.owner} allows at most: ${limits.join(', ')} characters${counting}.`);
  }
  if (rules.image) out.push(`An uploaded image must be, for ${rules.image.owner}: ${rules.image.shapes.map(describeShape).join(' or ')}.`);
  return out;
}
