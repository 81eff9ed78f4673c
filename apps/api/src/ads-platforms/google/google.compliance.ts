/**
 * Google's additions to the employment-ad rules (compliance/compliance-engine.ts).
 * - Personalized-advertising policy for employment (support.google.com/adspolicy/answer/9997418):
 *   radius targeting allowed from 1 km.
 * - Responsive search ads (ResponsiveSearchAdInfo reference, and Google Ads Help 7684791):
 *   3–15 headlines of ≤ 30 characters, 2–4 descriptions of ≤ 90, display paths ≤ 15 each;
 *   double-width characters count twice (text-length.ts).
 * - Image assets, which Search campaigns show next to the responsive search ad (the RSA itself
 *   takes no image) and which responsive display ads use with the same shapes (Google Ads Help
 *   9566341 "About image assets", and 9823397 for display): landscape 1.91:1 at least 600×314
 *   (1200×628 recommended), square 1:1 at least 300×300 (1200×1200 recommended), ≤ 5120 KB.
 */
import type { PlatformComplianceRules } from '../compliance/compliance-engine';
import type { CreativeImageRules } from '../compliance/image-rules';
import { googleTextWidth } from '../compliance/text-length';

export const GOOGLE_RSA_LIMITS = {
  headline: 30, description: 90, path: 15, minHeadlines: 3, maxHeadlines: 15, minDescriptions: 2, maxDescriptions: 4,
} as const;

export const GOOGLE_IMAGE_RULES: CreativeImageRules = {
  owner: 'Google',
  shapes: [
    { name: 'landscape', minWidth: 600, minHeight: 314, aspectRatio: 1.91, recommended: { width: 1200, height: 628 } },
    { name: 'square', minWidth: 300, minHeight: 300, aspectRatio: 1, recommended: { width: 1200, height: 1200 } },
  ],
};

/** The campaign's headline becomes an RSA headline and its description an RSA description. */
export const GOOGLE_COMPLIANCE: PlatformComplianceRules = {
  minRadiusKm: 1,
  textLimits: {
    owner: 'Google', limits: { headline: GOOGLE_RSA_LIMITS.headline, description: GOOGLE_RSA_LIMITS.description }, count: googleTextWidth, counting: 'double-width',
    counts: { headline: GOOGLE_RSA_LIMITS.maxHeadlines, description: GOOGLE_RSA_LIMITS.maxDescriptions },
  },
  image: GOOGLE_IMAGE_RULES,
};
