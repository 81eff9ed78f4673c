import { type CopyFormat, type CopyVariant, type FieldLimit, fitVariant } from '../copy-format';
import type { CopyBrief, CopyTone, CopywriterPort, WrittenCopy } from './copywriter.port';

/** Openers per audience: people looking now, open to offers, or not looking at all (segment seeking status). */
const HOOKS: Record<CopyTone, Record<'active' | 'passive' | 'not_looking' | 'none', string[]>> = {
  professional: {
    active: ['Ready for your next role?', 'Looking for your next step?'],
    passive: ['Open to the right opportunity?', 'Considering a change?'],
    not_looking: ['Not looking? This role may change your mind.', 'Happy where you are? Take a look anyway.'],
    none: ['A new opening for you.', 'Take the next step in your career.'],
  },
  friendly: {
    active: ['Job hunting? We would love to meet you.', 'Your next team is waiting.'],
    passive: ['Curious what else is out there?', 'Fancy a fresh challenge?'],
    not_looking: ['Not looking? Just have a peek.', 'Happy where you are? Say hi anyway.'],
    none: ['Come build something with us.', 'We would love to meet you.'],
  },
  bold: {
    active: ['Stop scrolling. Start here.', 'Your next move starts now.'],
    passive: ['Good is fine. Great is better.', 'Time for a bigger challenge?'],
    not_looking: ['You were not looking. Then you saw this.', 'Rethink where you work.'],
    none: ['Do the best work of your career.', 'Make your next move count.'],
  },
  concise: { active: ['Hiring now.', 'Apply today.'], passive: ['Open to offers?', 'New role.'], not_looking: ['Worth a look.', 'New role.'], none: ['Hiring now.', 'New role.'] },
};

const SENIORITY = (years: number | null): string | null =>
  years === null ? null : years < 2 ? 'early-career' : years < 5 ? 'experienced' : years < 10 ? 'seasoned' : 'veteran';

/**
 * Copy from templates and the brief's facts, for the demo and for when no Gemini key is set.
 * Deterministic: the same brief gives the same variants; variant i rotates the templates by i.
 * English only (the caller refuses other languages).
 */
export class OfflineCopywriter implements CopywriterPort {
  async write(brief: CopyBrief, formats: readonly CopyFormat[]): Promise<WrittenCopy> {
    const variants = new Map(formats.map((format) => [format.platform, this.variantsFor(brief, format)]));
    return { origin: 'offline', model: null, variants };
  }

  private variantsFor(brief: CopyBrief, format: CopyFormat): CopyVariant[] {
    const { headline, description } = format.fields;
    const heads = fitting(headlines(brief), headline, format.measure);
    const descs = fitting(descriptions(brief, format), description, format.measure);
    const out: CopyVariant[] = [];
    for (let i = 0; i < brief.count; i++) {
      const variant = fitVariant({
        headlines: rotate(heads, i), primaryText: primaryText(brief, format, i), descriptions: rotate(descs, i),
        callToAction: i % 2 === 0 ? 'APPLY_NOW' : 'LEARN_MORE',
      }, format);
      if (variant) out.push(variant);
    }
    return out;
  }
}

/** Templates are used only when they fit whole (a cut "Nurse at St. Mary's Hosp" reads badly); the first is kept, cut, if none fits. */
function fitting(texts: string[], limit: FieldLimit, measure: (t: string) => number): string[] {
  const whole = texts.filter((t) => measure(t) <= limit.maxLength);
  return whole.length ? whole : texts.slice(0, 1);
}

/** Headline candidates, most specific first; candidates that do not fit whole are skipped (fitting). */
function headlines({ job, audience }: CopyBrief): string[] {
  const skill = audience.skills[0] ?? job.skills[0];
  const level = SENIORITY(audience.experienceYears);
  return [
    `${job.title} at ${job.company}`,
    `Now Hiring: ${job.title}`,
    job.place && `${job.title} in ${job.place}`,
    `Join ${job.company}`,
    job.remote === 'remote' ? `Remote ${job.title} Role` : `${job.company} Is Hiring`,
    skill && `${capitalize(skill)} Skills Wanted`,
    level && `For ${level} ${job.title}s`,
    job.salary && `${job.title}: ${job.salary.replace(/ a year$/, '')}`,
    `Careers at ${job.company}`,
    `Apply for ${job.title}`,
    'Apply in Minutes',
    'View the Role and Apply',
  ].filter((h): h is string => !!h);
}

function primaryText(brief: CopyBrief, format: CopyFormat, i: number): string | null {
  if (!format.fields.primaryText) return null;
  const { job, audience, tone } = brief;
  const hooks = HOOKS[tone][audience.seeking ?? 'none'];
  const skills = (audience.skills.length ? audience.skills : job.skills).slice(0, 2);
  // Most important first: sentences that do not fit are skipped, later shorter ones may still fit.
  const sentences = [
    hooks[i % hooks.length],
    `${job.company} is hiring a ${job.title}.`,
    skills.length ? `Bring your ${joinList(skills)} skills.` : null,
    job.salary ? `Pay: ${job.salary}.` : null,
    job.place ? `Based in ${job.place}.` : null,
    job.summary,
  ].filter((s): s is string => !!s);
  // Whole sentences while they fit: a cut sentence reads worse than a shorter text.
  return sentences.reduce((text, s) => {
    const next = text ? `${text} ${s}` : s;
    return format.measure(next) <= format.fields.primaryText!.maxLength ? next : text;
  }, '');
}

function descriptions({ job, audience }: CopyBrief, format: CopyFormat): string[] {
  const skills = (audience.skills.length ? audience.skills : job.skills).slice(0, 3);
  const short = format.fields.description.maxLength < 60;
  if (short) return [job.salary ? job.salary.replace(/ a year$/, '') : null, 'Apply in minutes', `Join ${job.company}`, 'See the role and apply'].filter((d): d is string => !!d);
  return [
    `${job.company} is hiring a ${job.title}${job.place ? ` in ${job.place}` : ''}. Apply online today.`,
    job.salary ? `Salary ${job.salary}. See the role and apply in minutes.` : 'See the role, the team and the benefits, then apply in minutes.',
    skills.length ? `Looking for ${joinList(skills)} skills. Apply online today.` : null,
    job.summary,
  ].filter((d): d is string => !!d);
}

const rotate = <T>(items: T[], by: number): T[] => items.map((_, k) => items[(k + by) % items.length]);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const joinList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
