import type { SegmentProfile } from '@adflux/segmentation';
import type { PublishSpec } from '../../ads-platforms';
import type { JobForAds } from '../../jobs';

export type Targeting = PublishSpec['targeting'];
export type ProfileForTargeting = Pick<SegmentProfile, 'size' | 'topSkills' | 'topCountries'>;
export type JobForTargeting = Pick<JobForAds, 'title' | 'skills' | 'remote' | 'location'>;

/** Radius around an on-site job's city: a commute, and above every platform's employment minimum. */
export const DEFAULT_CITY_RADIUS_KM = 40;
/** A segment country counts when at least this share of its members live there. */
const MIN_COUNTRY_SHARE = 0.1;
/** A segment skill becomes an interest/keyword when it is typical of the segment. */
const MIN_SKILL_SHARE = 0.2;
const MIN_SKILL_LIFT = 1.2;
const MAX_SKILLS = 10;

/**
 * Targeting proposed for a campaign from its job and the chosen segments' profiles; the recruiter
 * edits it per platform before publishing. Only employment-safe dimensions are derived:
 * - locations: an on-site or hybrid job with a city targets that city (40 km); otherwise the
 *   countries where the segments' members live, plus the job's own country;
 * - skills (→ Meta interests, Google keywords): the job's skills first, then skills typical of
 *   the segments (share ≥ 20 % and lift ≥ 1.2), at most 10;
 * - keywords (Google): the job title as a phrase and with "jobs".
 * Never age, gender, ZIP or family status: segment profiles do not carry them, and the
 * compliance check rejects them anyway.
 */
export function deriveTargeting(job: JobForTargeting, profiles: readonly ProfileForTargeting[]): Targeting {
  return { ...deriveLocations(job, profiles), skills: deriveSkills(job, profiles), keywords: deriveKeywords(job) };
}

function deriveLocations(job: JobForTargeting, profiles: readonly ProfileForTargeting[]): Pick<Targeting, 'countries' | 'cities'> {
  const city = job.location.city?.trim();
  if (job.remote !== 'remote' && city) {
    return { countries: [], cities: [{ name: city, countryCode: job.location.countryCode, radiusKm: DEFAULT_CITY_RADIUS_KM }] };
  }
  const countries = new Set<string>([job.location.countryCode]);
  for (const profile of profiles) {
    for (const c of profile.topCountries) if (c.share >= MIN_COUNTRY_SHARE) countries.add(c.countryCode);
  }
  return { countries: [...countries], cities: [] };
}

function deriveSkills(job: JobForTargeting, profiles: readonly ProfileForTargeting[]): string[] {
  const scored = new Map<string, { skill: string; weight: number }>();
  for (const profile of profiles) {
    for (const s of profile.topSkills) {
      if (s.share < MIN_SKILL_SHARE || s.lift < MIN_SKILL_LIFT) continue;
      const key = s.skill.trim().toLowerCase();
      const weight = s.share * s.lift * profile.size;
      const seen = scored.get(key);
      scored.set(key, { skill: seen?.skill ?? s.skill.trim(), weight: (seen?.weight ?? 0) + weight });
    }
  }
  const fromSegments = [...scored.values()].sort((a, b) => b.weight - a.weight).map((s) => s.skill);
  return uniqueCaseInsensitive([...job.skills, ...fromSegments]).slice(0, MAX_SKILLS);
}

function deriveKeywords(job: JobForTargeting): string[] {
  const title = job.title.replace(/\s+/g, ' ').trim().toLowerCase();
  return title ? uniqueCaseInsensitive([title, `${title} jobs`]) : [];
}

function uniqueCaseInsensitive(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** Audience estimate for the sandbox's delivery model: everyone in the chosen segments. */
export function audienceSize(profiles: readonly Pick<SegmentProfile, 'size'>[]): number {
  return profiles.reduce((sum, p) => sum + p.size, 0);
}
