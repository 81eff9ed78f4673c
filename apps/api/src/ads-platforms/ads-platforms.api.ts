/**
 * What other modules may use of the ads-platform registry: kinds, labels, each platform's
 * employment-ad rules and request preview. (The adapters are reached through AdsPlatformFactory.)
 */
export type { PlatformKind } from './ads-platform.port';
export { checkCompliance, type ComplianceInput, type ComplianceViolation } from './compliance/employment-compliance';
export { isPlatformKind, platformBadge, platformDescriptor, PLATFORM_KINDS } from './platform-registry';
export { charCount, googleTextWidth, truncateToWidth } from './compliance/text-length';
export { COMMON_EMPLOYMENT_RULES } from './compliance/compliance-engine';
export { imageRuleMessage, matchImageShape, type CreativeImageRules, type ImageDimensions } from './compliance/image-rules';
