// Segment suggestions for a job: maps the API's job record onto the library's job needs; the
// scoring itself (skills first, then experience and location) lives in @adflux/segmentation.
import { matchSegment as matchNeeds } from '@adflux/segmentation';
import type { JobNeeds, ProfileForMatch, SegmentMatch } from '@adflux/segmentation';
import type { ExperienceLevel, JobForAds } from '../../jobs';

export type { ProfileForMatch, SegmentMatch };
export type JobForMatch = Pick<JobForAds, 'skills' | 'experienceLevel' | 'remote' | 'location'>;

/** Years of experience a job level usually asks for (inclusive range). */
const LEVEL_YEARS: Readonly<Record<ExperienceLevel, [number, number]>> = {
  entry: [0, 2], mid: [2, 5], senior: [5, 10], lead: [8, 15], executive: [12, 40],
};

export function jobNeeds(job: JobForMatch): JobNeeds {
  return {
    skills: job.skills,
    experienceYears: LEVEL_YEARS[job.experienceLevel] ?? null,
    countryCode: job.location.countryCode,
    places: [job.location.region, job.location.city].filter((p): p is string => !!p),
    remote: job.remote === 'remote',
  };
}

/** How well a segment fits a job (see matchSegment in @adflux/segmentation for the scoring). */
export function matchSegment(job: JobForMatch, profile: ProfileForMatch): SegmentMatch {
  return matchNeeds(jobNeeds(job), profile);
}
