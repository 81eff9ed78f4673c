/**
 * Responsive search ad text generated from the job and the campaign creative.
 * Limits (GOOGLE_RSA_LIMITS): 3–15 unique headlines of width ≤ 30, 2–4 unique descriptions of
 * width ≤ 90, paths ≤ 15; double-width (CJK) characters count twice, as Google counts them.
 */
import type { PublishSpec } from '../ads-platform.port';
import { GOOGLE_RSA_LIMITS as L } from './google.compliance';
import { googleTextWidth, truncateToWidth } from '../compliance/text-length';

export interface ResponsiveSearchAdText {
  headlines: string[];
  descriptions: string[];
  path1?: string;
  path2?: string;
}

export type RsaInput = Pick<PublishSpec, 'job' | 'creative'>;

/** Used when the job gives too little text (e.g. a one-word title) to reach the minimum counts. */
const FALLBACK_HEADLINES = ['Now Hiring', 'Apply Today', 'View Open Roles', 'Start Your Application', 'Apply in Minutes'];
const FALLBACK_DESCRIPTIONS = [
  'Apply online in minutes and take the next step in your career.',
  'See the role, the requirements and the benefits, then apply online.',
];

/**
 * Control characters and emoji are rejected by Google's editorial checks; exclamation marks are
 * not allowed in headlines (Google Ads policy "Punctuation and symbols").
 */
function clean(text: string | undefined, forHeadline: boolean): string {
  let out = (text ?? '').normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Extended_Pictographic}\uFFFD]/gu, ' ');
  if (forHeadline) out = out.replace(/!/g, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

class UniqueList {
  readonly items: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly max: number, private readonly width: number) {}

  /** Adds `text` if it fits and is new (Google compares assets case-insensitively). */
  add(text: string): void {
    const key = text.toLocaleLowerCase();
    if (!text || this.items.length >= this.max || googleTextWidth(text) > this.width || this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(text);
  }
}

export function generateResponsiveSearchAd(input: RsaInput): ResponsiveSearchAdText {
  const title = clean(input.job.title, true);
  const company = clean(input.job.company, true);
  const location = clean(input.job.location, true);
  const skills = input.job.skills.map((s) => clean(s, true)).filter(Boolean);

  const headlines = new UniqueList(L.maxHeadlines, L.headline);
  // The recruiter's own headline and the job title are worth keeping even if shortened;
  // composed phrases are only used when they fit whole (a cut "Nurse at St. Mary's Hosp" reads badly).
  headlines.add(truncateToWidth(clean(input.creative.headline, true), L.headline));
  headlines.add(truncateToWidth(title, L.headline));
  const composed = [
    title && `${title} Jobs`,
    title && `Hiring: ${title}`,
    title && company && `${title} at ${company}`,
    company && `${company} Is Hiring`,
    title && location && `${title} in ${location}`,
    location && `Jobs in ${location}`,
    company && `Careers at ${company}`,
    company && `Join ${company}`,
    ...skills.slice(0, 4).map((s) => `${s} Jobs`),
  ];
  composed.forEach((h) => headlines.add(h));
  FALLBACK_HEADLINES.forEach((h) => headlines.add(h));

  const descriptions = new UniqueList(L.maxDescriptions, L.description);
  descriptions.add(truncateToWidth(clean(input.creative.primaryText, false), L.description));
  descriptions.add(truncateToWidth(clean(input.creative.description, false), L.description));
  const where = location ? ` in ${location}` : '';
  if (company && title) descriptions.add(truncateToWidth(`${company} is hiring: ${title}${where}. Apply today.`, L.description));
  if (skills.length) descriptions.add(truncateToWidth(`Looking for skills in ${skills.slice(0, 3).join(', ')}. Apply online today.`, L.description));
  FALLBACK_DESCRIPTIONS.forEach((d) => descriptions.add(d));

  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const path2 = slug.slice(0, L.path).replace(/-+$/, '');
  const ad: ResponsiveSearchAdText = { headlines: headlines.items, descriptions: descriptions.items, path1: 'jobs', ...(path2 ? { path2 } : {}) };
  const problems = validateResponsiveSearchAd(ad);
  if (problems.length) throw new Error(`generated responsive search ad is invalid: ${problems.join('; ')}`);
  return ad;
}

/** Every RSA rule we know of, as messages; empty when the ad is valid. */
export function validateResponsiveSearchAd(ad: ResponsiveSearchAdText): string[] {
  const problems: string[] = [];
  const checkList = (label: string, items: string[], min: number, max: number, width: number) => {
    if (items.length < min || items.length > max) problems.push(`${label}: ${items.length} given, ${min}–${max} required`);
    const seen = new Set<string>();
    for (const text of items) {
      if (!text.trim()) problems.push(`${label}: empty text`);
      if (googleTextWidth(text) > width) problems.push(`${label}: "${text}" is longer than ${width}`);
      const key = text.toLocaleLowerCase();
      if (seen.has(key)) problems.push(`${label}: "${text}" is duplicated`);
      seen.add(key);
    }
  };
  checkList('headlines', ad.headlines, L.minHeadlines, L.maxHeadlines, L.headline);
  checkList('descriptions', ad.descriptions, L.minDescriptions, L.maxDescriptions, L.description);
  for (const path of [ad.path1, ad.path2]) {
    if (path !== undefined && (googleTextWidth(path) > L.path || /\s/.test(path))) problems.push(`path "${path}" must be ≤ ${L.path} characters without spaces`);
  }
  if (ad.path2 && !ad.path1) problems.push('path2 requires path1');
  return problems;
}
