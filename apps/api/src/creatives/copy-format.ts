import { charCount, platformDescriptor, truncateToWidth, type PlatformKind } from '../ads-platforms/ads-platforms.api';
import { CALLS_TO_ACTION } from '../campaigns/campaign-creative.api';

export type CallToAction = (typeof CALLS_TO_ACTION)[number];
export type CopyField = 'headline' | 'primaryText' | 'description';

/** Upper bounds of the campaign's own creative fields (CreativeDto), for platforms that declare none. */
const CREATIVE_BOUNDS: Record<CopyField, number> = { headline: 200, primaryText: 2000, description: 500 };

export interface FieldLimit {
  /** Longest text, measured as the platform measures (`measure`). */
  maxLength: number;
  /** How many texts of this field one ad carries. */
  maxCount: number;
}

/**
 * The shape and limits ad copy must fit on one platform, read from its descriptor: text limits and
 * counts from its compliance rules, and whether its ads have primary text (search ads do not).
 */
export interface CopyFormat {
  platform: PlatformKind;
  label: string;
  adPreview: 'feed' | 'search';
  fields: Record<'headline' | 'description', FieldLimit> & { primaryText: FieldLimit | null };
  measure: (text: string) => number;
}

export function copyFormat(platform: PlatformKind): CopyFormat {
  const descriptor = platformDescriptor(platform);
  const text = descriptor.compliance.textLimits;
  const limit = (field: CopyField): FieldLimit => ({
    maxLength: Math.min(text?.limits[field] ?? CREATIVE_BOUNDS[field], CREATIVE_BOUNDS[field]),
    maxCount: text?.counts?.[field] ?? 1,
  });
  const adPreview = descriptor.targeting.adPreview;
  return {
    platform, label: descriptor.label, adPreview,
    fields: { headline: limit('headline'), description: limit('description'), primaryText: adPreview === 'search' ? null : limit('primaryText') },
    measure: text?.count ?? charCount,
  };
}

/** One ad's copy: several headlines/descriptions where the platform rotates them (search), one otherwise. */
export interface CopyVariant {
  headlines: string[];
  primaryText: string | null;
  descriptions: string[];
  callToAction: CallToAction;
}

/** Control characters, private-use and emoji: platforms' editorial checks reject them. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Extended_Pictographic}\uFFFD]/gu;

/** One text cleaned and cut (at a word boundary when possible) to the limit; '' when nothing usable is left. */
export function fitText(raw: unknown, limit: FieldLimit, measure: (t: string) => number): string {
  if (typeof raw !== 'string') return '';
  const clean = raw.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return truncateToWidth(clean, limit.maxLength, measure);
}

function fitList(raw: unknown, limit: FieldLimit, measure: (t: string) => number): string[] {
  const items = Array.isArray(raw) ? raw : [raw];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = fitText(item, limit, measure);
    const key = text.toLocaleLowerCase();
    if (!text || seen.has(key) || out.length >= limit.maxCount) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/**
 * A generator's raw variant (offline or Gemini) validated against the format: every text cleaned
 * and trimmed to its limit, duplicates and extras dropped. Null when what is left cannot make an
 * ad (no headline, no description, or no primary text where the platform has one).
 */
export function fitVariant(raw: unknown, format: CopyFormat): CopyVariant | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const headlines = fitList(r.headlines, format.fields.headline, format.measure);
  const descriptions = fitList(r.descriptions, format.fields.description, format.measure);
  const primaryText = format.fields.primaryText ? fitText(r.primaryText, format.fields.primaryText, format.measure) : null;
  if (!headlines.length || !descriptions.length || primaryText === '') return null;
  const callToAction = (CALLS_TO_ACTION as readonly unknown[]).includes(r.callToAction) ? (r.callToAction as CallToAction) : 'APPLY_NOW';
  return { headlines, primaryText, descriptions, callToAction };
}
