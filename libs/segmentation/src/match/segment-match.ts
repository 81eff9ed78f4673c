// How well a segment fits a job, for ranking segment suggestions. Pure and explainable: every
// part of the score is returned. Skills come first: a segment sharing any of the job's skills
// always scores above one that shares none, whatever its experience or location.
import { normaliseSkill } from '../encoder/normalise';
import type { SegmentProfile } from '../profile/profile-types';

export type ProfileForMatch = Pick<SegmentProfile, 'topSkills' | 'topCountries' | 'topRegions' | 'experience'>;

/** What a job asks for, in the library's terms (the API maps its job record onto this). */
export interface JobNeeds {
  skills: readonly string[];
  /** Years of experience the job usually asks for (inclusive), or null when it does not say. */
  experienceYears: [number, number] | null;
  countryCode: string | null;
  /** Region, city …: matched (case-insensitively) against the segment's top regions. */
  places: readonly string[];
  remote: boolean;
}

export interface SegmentMatch {
  /**
   * 0–1. blend = 0.5 × skills + 0.25 × experience + 0.25 × location; a segment sharing at least
   * one job skill scores 0.5 + 0.5 × blend (above 0.5), any other 0.5 × blend (at most 0.25).
   */
  score: number;
  skills: number;
  experience: number;
  location: number;
  matchedSkills: string[];
}

const WEIGHTS = { skills: 0.5, experience: 0.25, location: 0.25 } as const;
/** Scores at or above this are reserved for segments sharing a job skill. */
const SKILL_TIER = 0.5;

export function matchSegment(job: JobNeeds, profile: ProfileForMatch): SegmentMatch {
  const { score: skills, matched } = skillScore(job.skills, profile.topSkills);
  const experience = experienceScore(job.experienceYears, profile.experience.median);
  const location = locationScore(job, profile);
  const blend = WEIGHTS.skills * skills + WEIGHTS.experience * experience + WEIGHTS.location * location;
  const score = matched.length > 0 ? SKILL_TIER + (1 - SKILL_TIER) * blend : SKILL_TIER * blend;
  return { score: round(score), skills: round(skills), experience: round(experience), location: round(location), matchedSkills: matched };
}

/** Profiles with their match, best first (ties: the bigger segment first, then segment number). */
export function rankSegments<P extends ProfileForMatch & { size: number; segment: number }>(
  job: JobNeeds,
  profiles: readonly P[],
): Array<{ profile: P; match: SegmentMatch }> {
  return profiles
    .map((profile) => ({ profile, match: matchSegment(job, profile) }))
    .sort((a, b) => b.match.score - a.match.score || b.profile.size - a.profile.size || a.profile.segment - b.profile.segment);
}

/**
 * Share of the job's skills the segment has, each weighted by how common it is in the segment
 * (a skill held by half the segment or more counts fully).
 */
function skillScore(jobSkills: readonly string[], segmentSkills: ProfileForMatch['topSkills']): { score: number; matched: string[] } {
  const wanted = [...new Set(jobSkills.map(normaliseSkill).filter((s): s is string => s !== null))];
  if (wanted.length === 0) return { score: 0, matched: [] };
  const bySkill = new Map(segmentSkills.map((s) => [normaliseSkill(s.skill), s]));
  let sum = 0;
  const matched: string[] = [];
  for (const skill of wanted) {
    const hit = bySkill.get(skill);
    if (!hit) continue;
    sum += Math.min(1, hit.share * 2);
    matched.push(hit.skill);
  }
  return { score: sum / wanted.length, matched };
}

/** 1 inside the range, halved every 3 years away from it; 0.5 when either side is unknown. */
function experienceScore(range: [number, number] | null, medianYears: number | null): number {
  if (medianYears === null || range === null) return 0.5;
  const [min, max] = range;
  const distance = medianYears < min ? min - medianYears : medianYears > max ? medianYears - max : 0;
  return 0.5 ** (distance / 3);
}

/**
 * Share of the segment living in the job's country, plus a bonus for its region; remote jobs
 * care less (half weight on the country, half for free).
 */
function locationScore(job: JobNeeds, profile: ProfileForMatch): number {
  const country = profile.topCountries.find((c) => c.countryCode === job.countryCode)?.share ?? 0;
  if (job.remote) return 0.5 + 0.5 * country;
  const places = job.places.map((p) => p.toLowerCase());
  const region = profile.topRegions
    .filter((r) => (r.countryCode ?? job.countryCode) === job.countryCode && places.includes(r.region.toLowerCase()))
    .reduce((sum, r) => sum + r.share, 0);
  return Math.min(1, 0.6 * country + 0.4 * Math.min(1, region * 2));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
