/**
 * Google's additions to the employment-ad rules (compliance/compliance-engine.ts).
 * - Personalized-advertising policy for employment (support.google.com/adspolicy/answer/9997418):
 *   radius targeting allowed from 1 km.
 * - Responsive search ads (ResponsiveSearchAdInfo reference, and Google Ads Help 7684791):
 *   3–15 headlines of ≤ 30 characters, 2–4 descriptions of ≤ 90, display paths ≤ 15 each;
 *   double-width characters count twice (text-length.ts).
 */
import type { PlatformComplianceRules } from '../compliance/compliance-engine';
import { googleTextWidth } from '../compliance/text-length';

export const GOOGLE_RSA_LIMITS = {
  headline: 30, description: 90, path: 15, minHeadlines: 3, maxHeadlines: 15, minDescriptions: 2, maxDescriptions: 4,
} as const;

/** The campaign's headline becomes an RSA headline and its description an RSA description. */
export const GOOGLE_COMPLIANCE: PlatformComplianceRules = {
  minRadiusKm: 1,
  textLimits: {
    owner: 'Google', limits: { headline: GOOGLE_RSA_LIMITS.headline, description: GOOGLE_RSA_LIMITS.description }, count: googleTextWidth, counting: 'double-width',
    counts: { headline: GOOGLE_RSA_LIMITS.maxHeadlines, description: GOOGLE_RSA_LIMITS.maxDescriptions },
  },
};
