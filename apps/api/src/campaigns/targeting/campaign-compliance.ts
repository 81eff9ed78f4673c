import type { PlatformKind } from '../../ads-platforms/ads-platform.port';
import { checkCompliance, ComplianceInput, ComplianceViolation } from '../../ads-platforms/compliance/employment-compliance';

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

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The employment-ad rules for one publication. The ads link to our tracking redirect, which
 * must be https — except for the sandbox platform on a development machine whose
 * PUBLIC_BASE_URL is http://localhost: there the redirect cannot be https and nothing reaches a
 * real platform (Meta and Google would refuse such a link, so they get no exception). The job's
 * own application URL must be https in every case (checked at publish).
 */
export function publicationViolations(kind: PlatformKind, input: ComplianceInput): ComplianceViolation[] {
  const violations = checkCompliance(kind, input);
  return kind === 'sandbox' && isLocalHttp(input.landingUrl) ? violations.filter((v) => v.field !== 'landingUrl') : violations;
}

function isLocalHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
