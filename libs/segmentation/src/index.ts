// Public API of @adflux/segmentation: candidate features in, segmentation model and profiles out.
export * from './types';
export { SegmentationError } from './errors';
export type { SegmentationErrorCode } from './errors';

export type { ColumnKind, CurrencyRates, EncodedColumn, EncodedMatrix, EncoderOptions, FittedEncoder } from './encoder/encoder-types';
export { DEFAULT_WEIGHTS, fitEncoder } from './encoder/fit-encoder';
export { checkEncoder, createRowEncoder, encode, encodeRange } from './encoder/encode';
export type { RowEncoder } from './encoder/encode';

export { assignAll, assignRange, flattenCentroids, inertiaOf, nearestCentroidReference } from './kmeans/assign';
export type { Assignment } from './kmeans/assign';
export { trainKMeans } from './kmeans/train';
export type { TrainOptions, TrainResult } from './kmeans/train';
export { pickBestK, planKRange, scoreK, scoreKRange, selectK } from './kmeans/select-k';
export type { KScore, SelectKOptions, SelectKResult } from './kmeans/select-k';
export { pairwiseDistances, silhouetteFromDistances, silhouetteScore } from './kmeans/silhouette';

export { MODEL_VERSION, assign, checkModel } from './model';
export type { CandidateAssignment, SegmentationModel } from './model';
export { computeSegmentStats } from './profile/profiles';
export { describeInPlainWords, pluralRole } from './profile/plain-words';
export type { PlainWordsInput, PositionShare } from './profile/plain-words';
export { baseName, countryName, describe, nameProfiles, seniorityLabel, uniqueNames } from './profile/naming';
export type { ProfileOptions, SegmentProfile, SegmentStats, SkillLift, ValueSpread } from './profile/profile-types';
export { projectMap } from './projection';
export type { MapOptions, MapPoint, SegmentMap } from './projection';
export { runSegmentation } from './pipeline';
export type { SegmentationOptions, SegmentationResult } from './pipeline';

export { adjustedRandIndex } from './ari';
export { createRng, deriveSeed, mulberry32, sampleIndices } from './random';
export { DEFAULT_ARCHETYPES, SYNTHETIC_RATES, generateSyntheticCandidates } from './synthetic';
export type { Archetype, SyntheticData, SyntheticOptions } from './synthetic';

export { matchSegment, rankSegments } from './match/segment-match';
export type { JobNeeds, ProfileForMatch, SegmentMatch } from './match/segment-match';

export * from './fairness';
