import { COMMON_EMPLOYMENT_RULES, platformDescriptor, type PlatformKind } from '../../ads-platforms/ads-platforms.api';
import type { FieldError } from '../../common/problem';
import { check, type AdvertisingCheck } from './advertising-checks';

const [HTTPS_RULE, TRAITS_RULE, AUDIENCES_RULE] = COMMON_EMPLOYMENT_RULES;

/**
 * A publication's employment-ad rules (compliance-engine.ts, enforced at publish) as explained
 * checks: each rule in words, passed or failed with the violations that break it. The rules'
 * values (radius, text limits) come from the platform's descriptor.
 */
export function employmentChecks(kind: PlatformKind, violations: readonly FieldError[]): AdvertisingCheck[] {
  const rules = platformDescriptor(kind).compliance;
  const take = (match: (field: string) => boolean) => violations.filter((v) => match(v.field)).map((v) => ({ ...v, severity: 'block' as const }));
  const isRadius = (f: string) => /radius/i.test(f);
  const text = rules.textLimits;
  const limits = text ? Object.entries(text.limits).map(([field, max]) => `${field} ${max}`).join(', ') : null;
  return [
    check('employment-targeting', 'No targeting by protected traits', `${TRAITS_RULE} ${AUDIENCES_RULE}`, take((f) => f.startsWith('targeting') && !isRadius(f))),
    check('location-radius', 'Location radius',
      `The radius around a city must be ${rules.minRadiusRule ?? `at least ${rules.minRadiusKm} km`}${rules.maxRadius ? `; ${rules.maxRadius.message}` : '.'}`, take(isRadius)),
    check('ad-text', 'Ad text', limits ? `${text!.owner} allows at most: ${limits} characters. Headline and primary text are required.` : 'Headline and primary text are required.', take((f) => f.startsWith('creative.'))),
    check('landing-url', 'Landing page', HTTPS_RULE, take((f) => f === 'landingUrl')),
    check('account-currency', 'Billing currency', 'The campaign budget must be in the currency the ad account bills in.', take((f) => f === 'currency')),
  ];
}
