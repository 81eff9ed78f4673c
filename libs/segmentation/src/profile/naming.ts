// Human names and one-line descriptions for segments, e.g. "Senior Java Spring · Colombia · active".
// Names must be distinct within a run: colliding names get qualifiers until they differ.
import type { SegmentProfile, SegmentStats } from './profile-types';

const regionNames = safeDisplayNames();

function safeDisplayNames(): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null; // Node built without ICU data: fall back to codes
  }
}

export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code; // not a valid region code
  }
}

export function seniorityLabel(medianYears: number | null): string | null {
  if (medianYears === null) return null;
  if (medianYears < 2) return 'Junior';
  if (medianYears < 5) return 'Mid-level';
  if (medianYears < 10) return 'Senior';
  return 'Veteran';
}

const STATUS_LABEL = { active: 'active', passive: 'passive', not_looking: 'not looking' } as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The skills that characterise a segment: the top lift skills, if they are over-represented. */
function signatureSkills(stats: SegmentStats, count: number): string[] {
  const lifted = stats.topSkills.filter((s) => s.lift >= 1.1).map((s) => s.skill);
  return (lifted.length > 0 ? lifted : stats.topSkills.map((s) => s.skill)).slice(0, count);
}

function locationLabel(stats: SegmentStats): string {
  const [first, second] = stats.topCountries;
  if (first === undefined) return 'location unknown';
  if (first.share >= 0.5) return countryName(first.countryCode);
  if (second !== undefined && first.share + second.share >= 0.6) {
    return `${countryName(first.countryCode)} & ${countryName(second.countryCode)}`;
  }
  return 'mixed locations';
}

function statusLabel(stats: SegmentStats): string {
  const entries = Object.entries(stats.seekingStatus) as Array<[keyof SegmentStats['seekingStatus'], number]>;
  const [status, share] = entries.reduce((best, e) => (e[1] > best[1] ? e : best));
  if (share < 0.5) return 'mixed status';
  return status === 'unknown' ? 'status unknown' : STATUS_LABEL[status];
}

export function baseName(stats: SegmentStats): string {
  const seniority = seniorityLabel(stats.experience.median);
  const skills = signatureSkills(stats, 2);
  const who = skills.length > 0 ? skills.join(' ') : 'generalists';
  const head = seniority === null ? capitalise(who) : `${seniority} ${who}`;
  return `${head} · ${locationLabel(stats)} · ${statusLabel(stats)}`;
}

/** Extra details, most informative first, used only to tell colliding names apart. */
const QUALIFIERS: Array<(s: SegmentStats) => string | null> = [
  (s) => signatureSkills(s, 3)[2] ?? null,
  (s) => {
    const entries = Object.entries(s.employmentType).filter(([key]) => key !== 'unknown');
    const [type, share] = entries.reduce((best, e) => (e[1] > best[1] ? e : best), ['', 0]);
    return share >= 0.5 ? type.replace('_', '-') : null;
  },
  (s) => (s.salary.median === null ? null : `~${formatAmount(s.salary.median)}${s.salary.currency ? ` ${s.salary.currency}` : ''}`),
  (s) => (s.experience.median === null ? null : `~${Math.round(s.experience.median)} yrs`),
  (s) => s.topRegions[0]?.region ?? null,
];

export function uniqueNames(stats: SegmentStats[]): string[] {
  const names = stats.map(baseName);
  for (const qualify of QUALIFIERS) {
    const groups = duplicateGroups(names);
    if (groups.length === 0) return names;
    for (const group of groups) {
      const extras = group.map((i) => qualify(stats[i]));
      // Only worth adding when it actually separates some members of the group.
      if (new Set(extras).size > 1) group.forEach((i, j) => (names[i] += extras[j] === null ? '' : ` · ${extras[j]}`));
    }
  }
  // Last resort: number the repeats, skipping numbers that would collide again.
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let i = 2; used.has(candidate); i++) candidate = `${name} (${i})`;
    used.add(candidate);
    return candidate;
  });
}

function duplicateGroups(names: string[]): number[][] {
  const byName = new Map<string, number[]>();
  names.forEach((name, i) => byName.set(name, [...(byName.get(name) ?? []), i]));
  return [...byName.values()].filter((g) => g.length > 1);
}

export function formatAmount(value: number): string {
  if (Math.abs(value) >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (Math.abs(value) >= 1e3) return `${Math.round(value / 1e3)}k`;
  return String(Math.round(value));
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function describe(stats: SegmentStats): string {
  const parts = [`${stats.size.toLocaleString('en-US')} candidates (${pct(stats.share)})`];
  const exp = stats.experience;
  if (exp.median !== null) {
    parts.push(`median ${exp.median.toFixed(1)} yrs experience (IQR ${exp.p25?.toFixed(1)}–${exp.p75?.toFixed(1)})`);
  }
  const sal = stats.salary;
  if (sal.median !== null && sal.p25 !== null && sal.p75 !== null) {
    const cur = sal.currency ? `${sal.currency} ` : '';
    parts.push(`wants ${cur}${formatAmount(sal.median)} (IQR ${formatAmount(sal.p25)}–${formatAmount(sal.p75)})`);
  }
  const skills = stats.topSkills.slice(0, 3).map((s) => `${s.skill} ${pct(s.share)} (${s.lift.toFixed(1)}× overall)`);
  if (skills.length > 0) parts.push(`skills: ${skills.join(', ')}`);
  const country = stats.topCountries[0];
  if (country !== undefined) parts.push(`${pct(country.share)} in ${countryName(country.countryCode)}`);
  parts.push(`${pct(stats.seekingStatus.active)} actively looking`);
  return parts.join('; ');
}

export function nameProfiles(stats: SegmentStats[]): SegmentProfile[] {
  const names = uniqueNames(stats);
  return stats.map((s, i) => ({ ...s, name: names[i], description: describe(s) }));
}
