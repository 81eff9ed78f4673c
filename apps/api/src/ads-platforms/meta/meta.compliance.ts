/**
 * Meta's additions to the employment-ad rules (compliance/compliance-engine.ts).
 * - Special ad category EMPLOYMENT (facebook.com/business/help/2220749868045706): city/address
 *   radius ≥ 15 mi (25 km), at most 50 mi (80 km).
 * - Meta's recommended text lengths for single-image/link ads in Feed (Meta Ads Guide,
 *   facebook.com/business/ads-guide → Image → Facebook Feed: "Primary text 125 characters,
 *   Headline 40 characters, Description 30 characters"). Longer text is truncated ("See more")
 *   in most placements, so AdFlux treats these recommendations as limits.
 * - Feed image size (Meta Ads Guide, facebook.com/business/ads-guide/update/image/facebook-feed:
 *   "Minimum width: 600 pixels, minimum height: 600 pixels", "Resolution: at least 1080 × 1080").
 */
import type { ComplianceViolation, PlatformComplianceRules } from '../compliance/compliance-engine';
import type { CreativeImageRules } from '../compliance/image-rules';
import { charCount } from '../compliance/text-length';

export const META_TEXT_LIMITS = { headline: 40, primaryText: 125, description: 30 } as const;
export const META_MIN_RADIUS_KM = 25;
export const META_MIN_RADIUS_MILES = 15;
export const META_MAX_RADIUS_KM = 80;

/** A radius in a raw Meta location (cities, custom_locations, places), in its own unit. */
function checkMetaRadius(loc: unknown, field: string): ComplianceViolation[] {
  if (!loc || typeof loc !== 'object') return [];
  const { radius, distance_unit: unit } = loc as { radius?: unknown; distance_unit?: unknown };
  // Meta widens cities without a radius to its default; only explicit radii can be too small.
  if (radius === undefined) return [];
  const value = Number(radius);
  const miles = unit === 'kilometer' ? null : value; // Meta's default unit is miles
  const ok = miles === null ? value >= META_MIN_RADIUS_KM : value >= META_MIN_RADIUS_MILES;
  return ok ? [] : [{ field: `${field}.radius`, message: 'Employment ads on Meta need a radius of at least 15 miles (25 km).' }];
}

export const META_IMAGE_RULES: CreativeImageRules = {
  owner: 'Meta',
  shapes: [{ name: 'feed image', minWidth: 600, minHeight: 600, recommended: { width: 1080, height: 1080 } }],
};

export const META_COMPLIANCE: PlatformComplianceRules = {
  minRadiusKm: META_MIN_RADIUS_KM,
  minRadiusRule: `at least ${META_MIN_RADIUS_KM} km (15 miles) for employment ads on Meta`,
  maxRadius: { km: META_MAX_RADIUS_KM, message: `Meta allows a city radius of at most ${META_MAX_RADIUS_KM} km (50 miles).` },
  textLimits: { owner: 'Meta', limits: META_TEXT_LIMITS, count: charCount, counting: 'characters' },
  rawLocations: { keys: ['cities', 'customlocations', 'places'], check: checkMetaRadius },
  image: META_IMAGE_RULES,
};
