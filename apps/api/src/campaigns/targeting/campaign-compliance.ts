import { checkCompliance, type ComplianceInput, type ComplianceViolation, type PlatformKind } from '../../ads-platforms';

/** A neutral, compliant publication: checking raw keys against it reports only the raw keys. */
const NEUTRAL: ComplianceInput = {
  landingUrl: 'https://example.invalid/',
  creative: { headline: 'x', primaryText: 'x', description: '', callToAction: 'APPLY_NOW' },
  targeting: { countries: ['US'], cities: [], skills: [], keywords: [] },
};

/**
 * Forbidden targeting keys (age, gender, ZIP, parental/marital status, exclusions, custom or
 * lookalike audiences) in a request body, before any shape validation, so the answer names the
 * employment-ad rule. Fields are reported under `path` (e.g. `targeting[0].genders`).
 */
export function forbiddenTargetingKeys(kind: PlatformKind, raw: unknown, path: string): ComplianceViolation[] {
  return checkCompliance(kind, NEUTRAL, raw).map((v) => ({ ...v, field: path + v.field.slice('targeting'.length) }));
}
