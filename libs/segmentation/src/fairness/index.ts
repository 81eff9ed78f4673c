export * from './attributes';
export * from './audit-types';
export { auditSegments, auditSelection, proxyFlag } from './audit';
export { chiSquarePValue, chiSquareSelection, gammaQ, logGamma } from './chi-square';
export { ageBandOf, syntheticDemographics } from './synthetic-demographics';
export type { SyntheticDemographicsOptions } from './synthetic-demographics';
