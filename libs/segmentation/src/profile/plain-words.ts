// A segment in a recruiter's words, e.g. "Mostly backend engineers with 2–6 years, 10× more likely
// than your pool to know PostgreSQL." Built from the profile (and the typical desired positions of
// its members) only: no statistics vocabulary, no codes.
import { countryName } from './naming';
import type { SegmentStats } from './profile-types';

export interface PositionShare {
  /** A desired position as candidates wrote it ("Backend Engineer"). */
  position: string;
  /** Share of the segment's typical members who want it (0–1). */
  share: number;
}

export type PlainWordsInput = Pick<SegmentStats, 'experience' | 'topSkills' | 'topCountries'>;

/** A position needs this share to be what the segment "mostly" is. */
const MOSTLY = 0.4;
/** Two positions together describe the segment from this share. */
const MOSTLY_TWO = 0.5;
/** A skill is worth naming when at least this many times more common than in the whole pool. */
const NOTABLE_LIFT = 2;

/** "Backend Engineer" → "backend engineers"; acronyms keep their case ("UX Designer" → "UX designers"). */
export function pluralRole(position: string): string {
  const words = position.trim().split(/\s+/).map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w));
  const last = words.pop() ?? '';
  const plural = /(s|x|ch|sh)$/i.test(last) ? `${last}es` : /[^aeiou]y$/i.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...words, plural].join(' ');
}

function who(positions: readonly PositionShare[], stats: PlainWordsInput): string {
  const [first, second] = positions;
  if (first && first.share >= MOSTLY) return `Mostly ${pluralRole(first.position)}`;
  if (first && second && first.share + second.share >= MOSTLY_TWO) return `Mostly ${pluralRole(first.position)} and ${pluralRole(second.position)}`;
  const skills = stats.topSkills.slice(0, 2).map((s) => s.skill);
  return skills.length ? `People skilled in ${skills.join(' and ')}` : 'A mix of candidates';
}

function years(stats: PlainWordsInput): string | null {
  const { p25, p75, median } = stats.experience;
  if (p25 === null || p75 === null) return median === null ? null : `about ${Math.round(median)} years`;
  const [low, high] = [Math.round(p25), Math.round(p75)];
  if (low === high) return low === 0 ? 'little experience' : `about ${low} year${low === 1 ? '' : 's'}`;
  return `${low}–${high} years`;
}

function standoutSkill(stats: PlainWordsInput): string | null {
  const top = [...stats.topSkills].sort((a, b) => b.lift - a.lift)[0];
  if (!top || top.lift < NOTABLE_LIFT) return null;
  return `${Math.round(top.lift)}× more likely than your pool to know ${top.skill}`;
}

function where(stats: PlainWordsInput): string | null {
  const first = stats.topCountries[0];
  return first && first.share >= 0.5 ? `mostly in ${countryName(first.countryCode)}` : null;
}

/** One sentence a recruiter reads without a statistics course. */
export function describeInPlainWords(stats: PlainWordsInput, positions: readonly PositionShare[] = []): string {
  const experience = years(stats);
  const head = `${who(positions, stats)}${experience ? ` with ${experience}` : ''}`;
  const rest = [where(stats), standoutSkill(stats)].filter((p): p is string => p !== null);
  return `${[head, ...rest].join(', ')}.`;
}
