/**
 * Public surface of the ads platforms.
 * Note: importing this barrel loads facebook-nodejs-business-sdk and google-ads-api (several
 * seconds of proto loading). Code that only needs the pure parts (compliance rules, money, the
 * port) should import those files directly.
 */
export * from './ads-platform.port';
export { PlatformError, type PlatformErrorKind } from './platform-error';
export { isPlatformError, redactSecrets } from './platform-error-mapping';
export { currencyExponent, decimalToMinor, metaOffset, microsToMinor, minorToMetaBudget, minorToMicros } from './money';
export { publicationTag, taggedName, withUtm } from './publication-naming';

export { checkCompliance, type ComplianceInput, type ComplianceViolation } from './compliance/employment-compliance';
export { checkEmploymentRules, describeRules, type PlatformComplianceRules } from './compliance/compliance-engine';
export { allPlatforms, isPlatformKind, platformBadge, platformDescriptor, PLATFORM_KINDS } from './platform-registry';
export type { AdapterDeps, AdsPlatformDescriptor, ConnectionFieldSpec } from './platform-descriptor';
export { META_COMPLIANCE, META_MAX_RADIUS_KM, META_MIN_RADIUS_KM, META_MIN_RADIUS_MILES, META_TEXT_LIMITS } from './meta/meta.compliance';
export { GOOGLE_COMPLIANCE, GOOGLE_RSA_LIMITS } from './google/google.compliance';

export { META_STEPS, MetaAdsAdapter, type MetaAdsConfig } from './meta/meta-ads.adapter';

export { GOOGLE_STEPS, GoogleAdsAdapter, type GoogleAdsAdapterDeps, type GoogleAdsConfig } from './google/google-ads.adapter';
export { LibraryGoogleAdsGateway, type GaqlRow, type GoogleAdsCredentials, type GoogleAdsGateway, type GoogleMutation } from './google/google-ads.gateway';
export type { GoogleBidding } from './google/google-ads.mapper';
export { generateResponsiveSearchAd, validateResponsiveSearchAd, type ResponsiveSearchAdText } from './google/google-creative';
export { countryGeoTargetConstant, supportedGoogleCountries } from './google/google-geo-targets';

export { SANDBOX_STEPS, SandboxAdsAdapter, type SandboxAdsOptions } from './sandbox/sandbox-ads.adapter';
export { InMemorySandboxStore, type SandboxObject, type SandboxObjectType, type SandboxStore } from './sandbox/sandbox-store';
export { deliverySeed, simulateDailyDelivery, type DeliveryDay, type DeliveryInput } from './sandbox/sandbox-delivery';
export { FaultyPlatform, type FaultOptions, type InjectedFault } from './sandbox/faulty-platform';
