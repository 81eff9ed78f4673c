import type { EmploymentType, SeekingStatus } from '../types';

export interface ValueSpread {
  median: number | null;
  /** Interquartile range: 25th and 75th percentiles. */
  p25: number | null;
  p75: number | null;
  /** Share of the segment with no usable value. */
  missingShare: number;
}

export interface SkillLift {
  /** Display form (the first spelling seen). */
  skill: string;
  /** Share of the segment that lists the skill. */
  share: number;
  /** Share of all candidates that list it. */
  overallShare: number;
  /** share / overallShare: how much more typical the skill is here than overall. */
  lift: number;
}

export interface SegmentProfile {
  segment: number;
  /** Human name, distinct across the segments of a run. */
  name: string;
  /** One-line summary for marketers. */
  description: string;
  size: number;
  share: number;
  /** Years of experience. */
  experience: ValueSpread;
  /** Desired salary in the encoder's base currency. */
  salary: ValueSpread & { currency: string | null };
  topSkills: SkillLift[];
  topCountries: Array<{ countryCode: string; share: number }>;
  topRegions: Array<{ countryCode: string | null; region: string; share: number }>;
  /** Shares of each status (and of unknown), summing to 1. */
  seekingStatus: Record<SeekingStatus | 'unknown', number>;
  employmentType: Record<EmploymentType | 'unknown', number>;
  /** Distance of members to the centroid (encoded units). */
  distance: { median: number | null; p90: number | null };
}

/** A profile before naming. */
export type SegmentStats = Omit<SegmentProfile, 'name' | 'description'>;

export interface ProfileOptions {
  /** Skills listed per segment (default 10: suggestions match job skills against this list, and five left out skills most of a segment shares). */
  topSkills?: number;
  /** Countries and regions listed per segment (default 3). */
  topLocations?: number;
  /** A skill needs this share of the segment to be listed (default 0.1): lift on 3 people is noise. */
  minSkillShare?: number;
}
