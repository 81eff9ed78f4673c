import type { PlatformKind } from '../ads-platform.port';
import { platformDescriptor } from '../platform-registry';
import { checkEmploymentRules, type ComplianceInput, type ComplianceViolation } from './compliance-engine';

export type { ComplianceInput, ComplianceViolation } from './compliance-engine';

/**
 * The employment-ad rules of a platform kind: the common rules plus what the platform's
 * descriptor adds (compliance-engine.ts). Used by the campaign form and the publish checks;
 * the adapters check their own rules directly.
 */
export function checkCompliance(platform: PlatformKind, spec: ComplianceInput, rawTargeting?: unknown): ComplianceViolation[] {
  return checkEmploymentRules(platformDescriptor(platform).compliance, spec, rawTargeting);
}
