import type { SegmentProfile } from '@adflux/segmentation';
import type { JobForAds } from '../../jobs/job-for-ads';
import type { ExperienceLevel } from '../../jobs/job-enums';

export type ProfileForMatch = Pick<SegmentProfile, 'topSkills' | 'topCountries' | 'topRegions' | 'experience'>;
export type JobForMatch = Pick<JobForAds, 'skills' | 'experienceLevel' | 'remote' | 'location'>;

export interface SegmentMatch {
  /** 0–1; 0.5 × skills + 0.25 × experience + 0.25 × location. */
  score: number;
  skills: number;
  experience: number;
  location: number;
  matchedSkills: string[];
}

/** Years of experience a job level usually asks for (inclusive range). */
const LEVEL_YEARS: Readonly<Record<ExperienceLevel, [number, number]>> = {
  entry: [0, 2], mid: [2, 5], senior: [5, 10], lead: [8, 15], executive: [12, 40],
};
const WEIGHTS = { skills: 0.5, experience: 0.25, location: 0.25 } as const;

/**
 * How well a segment fits a job, for ranking segment suggestions (pure, explainable):
 * - skills: share of the job's skills the segment has, each weighted by how common it is in the
 *   segment (a skill half the segment lists counts half);
 * - experience: 1 when the segment's median years fall in the level's usual range, decaying
 *   with the distance (halved every 3 years); 0.5 when unknown;
 * - location: share of the segment living in the job's country, plus a bonus for its region;
 *   remote jobs care less (half weight on the country, half for free).
 */
export function matchSegment(job: JobForMatch, profile: ProfileForMatch): SegmentMatch {
  const { score: skills, matched } = skillScore(job.skills, profile.topSkills);
  const experience = experienceScore(job.experienceLevel, profile.experience.median);
  const location = locationScore(job, profile);
  const score = WEIGHTS.skills * skills + WEIGHTS.experience * experience + WEIGHTS.location * location;
  return { score: round(score), skills: round(skills), experience: round(experience), location: round(location), matchedSkills: matched };
}

function skillScore(jobSkills: readonly string[], segmentSkills: ProfileForMatch['topSkills']): { score: number; matched: string[] } {
  const wanted = [...new Set(jobSkills.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return { score: 0, matched: [] };
  const bySkill = new Map(segmentSkills.map((s) => [s.skill.trim().toLowerCase(), s]));
  let sum = 0;
  const matched: string[] = [];
  for (const skill of wanted) {
    const hit = bySkill.get(skill);
    if (!hit) continue;
    sum += Math.min(1, hit.share * 2); // a skill held by half the segment or more counts fully
    matched.push(hit.skill);
  }
  return { score: sum / wanted.length, matched };
}

function experienceScore(level: ExperienceLevel, medianYears: number | null): number {
  if (medianYears === null) return 0.5;
  const [min, max] = LEVEL_YEARS[level];
  const distance = medianYears < min ? min - medianYears : medianYears > max ? medianYears - max : 0;
  return 0.5 ** (distance / 3);
}

function locationScore(job: JobForMatch, profile: ProfileForMatch): number {
  const country = profile.topCountries.find((c) => c.countryCode === job.location.countryCode)?.share ?? 0;
  if (job.remote === 'remote') return 0.5 + 0.5 * country;
  const places = [job.location.region, job.location.city].filter((p): p is string => !!p).map((p) => p.toLowerCase());
  const region = profile.topRegions
    .filter((r) => (r.countryCode ?? job.location.countryCode) === job.location.countryCode && places.includes(r.region.toLowerCase()))
    .reduce((sum, r) => sum + r.share, 0);
  return Math.min(1, 0.6 * country + 0.4 * Math.min(1, region * 2));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
