import type { PlatformComplianceRules } from '../compliance/compliance-engine';

/** The simulated platform enforces only the common employment-ad rules, with a 1 km minimum radius. */
export const SANDBOX_COMPLIANCE: PlatformComplianceRules = { minRadiusKm: 1 };
