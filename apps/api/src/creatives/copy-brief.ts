import type { SegmentProfile } from '@adflux/segmentation';
import type { JobForAds } from '../jobs';
import type { CopyBrief, CopyTone } from './copywriters/copywriter.port';

export interface AudienceSegment {
  name: string;
  size: number;
  profile: Pick<SegmentProfile, 'topSkills' | 'experience' | 'seekingStatus'>;
}

/** The facts copy is written from: the job's, and the chosen segments' (weighted by size). */
export function buildCopyBrief(job: JobForAds, segments: readonly AudienceSegment[], options: { tone: CopyTone; language: string; count: number }): CopyBrief {
  return { job: jobFacts(job), audience: audienceFacts(job, segments), ...options };
}

function jobFacts(job: JobForAds): CopyBrief['job'] {
  const where = [job.location.city, job.location.region].filter(Boolean).join(', ');
  const place = job.remote === 'remote' ? `Remote (${job.location.countryCode})` : where || null;
  return {
    title: job.title, company: job.company, place, remote: job.remote, employmentType: job.employmentType,
    experienceLevel: job.experienceLevel, skills: job.skills, salary: salaryText(job.salary), summary: job.shortDescription,
  };
}

/** "$90,000–$120,000 a year", "from €45,000 a year"; null without a figure. */
export function salaryText(salary: JobForAds['salary']): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const money = (value: number) => new Intl.NumberFormat('en', { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(value);
  if (salary.min !== null && salary.max !== null) return salary.min === salary.max ? `${money(salary.min)} a year` : `${money(salary.min)}–${money(salary.max)} a year`;
  return salary.min !== null ? `from ${money(salary.min)} a year` : `up to ${money(salary.max!)} a year`;
}

function audienceFacts(job: JobForAds, segments: readonly AudienceSegment[]): CopyBrief['audience'] {
  if (!segments.length) return { segments: [], skills: [], experienceYears: null, seeking: null };
  const total = segments.reduce((sum, s) => sum + s.size, 0) || 1;
  const skillWeight = new Map<string, { skill: string; weight: number }>();
  const seeking = { active: 0, passive: 0, not_looking: 0 };
  let experience = 0;
  let experienceWeight = 0;
  for (const s of segments) {
    const w = s.size / total;
    for (const k of s.profile.topSkills) {
      const key = k.skill.toLowerCase();
      const entry = skillWeight.get(key) ?? { skill: k.skill, weight: 0 };
      entry.weight += w * k.share;
      skillWeight.set(key, entry);
    }
    for (const status of ['active', 'passive', 'not_looking'] as const) seeking[status] += w * (s.profile.seekingStatus[status] ?? 0);
    if (s.profile.experience.median !== null) {
      experience += w * s.profile.experience.median;
      experienceWeight += w;
    }
  }
  const jobSkills = new Set(job.skills.map((s) => s.toLowerCase()));
  const skills = [...skillWeight.entries()]
    .sort(([ka, a], [kb, b]) => Number(jobSkills.has(kb)) - Number(jobSkills.has(ka)) || b.weight - a.weight)
    .map(([, v]) => v.skill)
    .slice(0, 6);
  const top = (Object.entries(seeking) as Array<[keyof typeof seeking, number]>).sort((a, b) => b[1] - a[1])[0];
  return {
    segments: segments.map((s) => s.name),
    skills,
    experienceYears: experienceWeight ? Math.round((experience / experienceWeight) * 10) / 10 : null,
    seeking: top[1] > 0 ? top[0] : null,
  };
}
