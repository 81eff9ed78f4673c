export * from './attributes';
export * from './audit-types';
export { auditCounts, auditSegments, auditSelection, proxyFlag } from './audit';
export type { GroupCounts } from './audit';
export { chiSquarePValue, chiSquareSelection, gammaQ, logGamma } from './chi-square';
export { ageBandOf, syntheticDemographics } from './synthetic-demographics';
export type { SyntheticDemographicsOptions } from './synthetic-demographics';
