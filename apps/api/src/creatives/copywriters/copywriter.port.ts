import type { CopyFormat, CopyVariant } from '../copy-format';

export const COPY_TONES = ['professional', 'friendly', 'bold', 'concise'] as const;
export type CopyTone = (typeof COPY_TONES)[number];

/** Where a creative's text came from: Gemini, the offline templates, or typed by a person. */
export const CREATIVE_ORIGINS = ['ai', 'offline', 'manual'] as const;
export type CreativeOrigin = (typeof CREATIVE_ORIGINS)[number];

/** The job and audience facts ad copy is written from (copy-brief.ts builds it). */
export interface CopyBrief {
  job: {
    title: string;
    company: string;
    /** "Austin, Texas" / "Remote (US)"; null when unknown. */
    place: string | null;
    remote: 'onsite' | 'hybrid' | 'remote';
    employmentType: string;
    experienceLevel: string;
    skills: string[];
    /** "$90,000–$120,000 a year"; null when the job gives no salary. */
    salary: string | null;
    summary: string;
  };
  audience: {
    /** Segment names, for the prompt. */
    segments: string[];
    /** Skills the audience has, job skills first. */
    skills: string[];
    /** Median years of experience of the audience, null without segments. */
    experienceYears: number | null;
    /** The audience's most common job-seeking status, null without segments. */
    seeking: 'active' | 'passive' | 'not_looking' | null;
  };
  tone: CopyTone;
  /** ISO 639-1. */
  language: string;
  /** Variants wanted per platform. */
  count: number;
}

/** Variants for every format asked, each already fitted to its limits (copy-format.ts fitVariant). */
export interface WrittenCopy {
  origin: Exclude<CreativeOrigin, 'manual'>;
  /** The Gemini model that wrote it; null offline. */
  model: string | null;
  variants: Map<CopyFormat['platform'], CopyVariant[]>;
}

/** Writes ad copy: Gemini when a key is configured, offline templates otherwise. */
export interface CopywriterPort {
  write(brief: CopyBrief, formats: readonly CopyFormat[]): Promise<WrittenCopy>;
}
