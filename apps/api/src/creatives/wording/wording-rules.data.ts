/**
 * Exclusionary-wording rules for job text and ad copy: data, with the sources each list comes from.
 * `hard` rules block publishing (explicit exclusion by a protected trait); the rest warn.
 * Patterns are matched case-insensitively on word boundaries; `*` in a gender-coded stem matches
 * any ending (as in the study's word lists).
 */

export type WordingCategory = 'age' | 'gender' | 'nationality';

export interface WordingRule {
  id: string;
  category: WordingCategory;
  /** Regular expression source (matched with flags `giu`). */
  pattern: string;
  /** Blocks publishing when true; a warning otherwise. */
  hard: boolean;
  message: string;
  suggestion: string;
  /** Not flagged when the job is an internship (e.g. "recent graduate"). */
  allowedForInternships?: boolean;
  source: string;
}

/*
 * Age. Sources: US EEOC, "Prohibited Employment Policies/Practices" (eeoc.gov/prohibited-practices):
 * ads must not show an age preference, e.g. "recent college graduates"; ADEA 29 U.S.C. §623(e)
 * (notices indicating a preference based on age are unlawful); UK ACAS "Age discrimination: key
 * points for the workplace" (avoid "young", "energetic", "recent graduate"); EU Directive 2000/78/EC
 * (equal treatment in employment, age).
 */
const EEOC = 'EEOC Prohibited Employment Policies/Practices; ADEA 29 U.S.C. §623(e); Directive 2000/78/EC';
export const AGE_RULES: readonly WordingRule[] = [
  { id: 'age-limit', category: 'age', pattern: String.raw`\b(?:aged?\s+(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}|(?:under|below|no older than|not older than|younger than|maximum age(?: of)?|max\.? age)\s+\d{2}(?:\s+years?(?: old)?)?)\b`, hard: true, message: 'An explicit age limit excludes applicants by age.', suggestion: 'Remove the age limit; describe the skills or experience the role needs.', source: EEOC },
  { id: 'age-young', category: 'age', pattern: String.raw`\b(?:young|youthful)\b`, hard: false, message: '"Young" signals an age preference.', suggestion: 'Describe the team or the work instead (e.g. "fast-moving team").', source: EEOC },
  { id: 'age-digital-native', category: 'age', pattern: String.raw`\bdigital natives?\b`, hard: false, message: '"Digital native" refers to people born after about 1980.', suggestion: 'Name the tools instead (e.g. "fluent with Figma and Slack").', source: EEOC },
  { id: 'age-recent-graduate', category: 'age', pattern: String.raw`\b(?:recent|new|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s?\b`, hard: false, allowedForInternships: true, message: '"Recent graduate" screens out experienced and older applicants.', suggestion: 'Say "entry-level" or state the qualification needed.', source: EEOC },
  { id: 'age-energetic', category: 'age', pattern: String.raw`\b(?:high[- ]energy|energetic)\b`, hard: false, message: '"Energetic" is often read as code for young (ACAS).', suggestion: 'Say "motivated" or describe the pace of the work.', source: 'ACAS, Age discrimination: key points for the workplace' },
];

/*
 * Nationality and citizenship. Sources: US Immigration and Nationality Act §274B, 8 U.S.C. §1324b
 * (citizenship-status and national-origin discrimination; DOJ IER guidance "Job advertisements
 * that say 'U.S. citizens only'" unless a law, regulation or government contract requires it);
 * EU Regulation 492/2011 art. 3–4 (free movement of workers: no nationality conditions in offers);
 * EEOC national-origin guidance (a "native speaker" requirement is national-origin discrimination
 * unless fluency needs cannot be described otherwise).
 */
const IER = '8 U.S.C. §1324b (DOJ IER guidance on job ads); EU Regulation 492/2011 art. 3–4';
export const NATIONALITY_RULES: readonly WordingRule[] = [
  { id: 'nationality-native-speaker', category: 'nationality', pattern: String.raw`\bnative[- ](?:\p{L}+\s+)?speakers?\b|\bmother[- ]tongue\b`, hard: false, message: '"Native speaker" excludes fluent speakers by national origin.', suggestion: 'Say "fluent in <language>" or the level you need (e.g. C1).', source: `EEOC national-origin guidance; ${IER}` },
  { id: 'nationality-citizens-only', category: 'nationality', pattern: String.raw`\b(?:(?:u\.?s\.?|us|eu|\p{L}+)\s+)?citizens?\s+only\b|\bonly\s+(?:u\.?s\.?\s+|eu\s+)?citizens\b|\bmust\s+(?:be|hold)\s+(?:a\s+)?(?:u\.?s\.?\s+|eu\s+)?citizen(?:ship)?\b`, hard: false, message: 'A citizenship requirement is lawful only where a law, regulation or government contract requires it.', suggestion: 'Say "must be authorized to work in <country>", or cite the legal requirement.', source: IER },
  { id: 'nationality-no-foreigners', category: 'nationality', pattern: String.raw`\bno\s+(?:foreigners|immigrants|expats)\b|\blocals?\s+only\b`, hard: true, message: 'Excluding foreigners or non-locals is discrimination by national origin.', suggestion: 'Remove it; state the work authorization or location the job needs.', source: IER },
];

/*
 * Explicit gender limits. Sources: Title VII 42 U.S.C. §2000e-3(b) (notices indicating a sex
 * preference are unlawful); EU Directive 2006/54/EC art. 14 (access to employment).
 */
export const GENDER_LIMIT_RULES: readonly WordingRule[] = [
  { id: 'gender-only', category: 'gender', pattern: String.raw`\b(?:(?:male|female|men|women|man|woman)(?:\s+(?:candidates|applicants))?\s+only|only\s+(?:male|female|men|women)(?:\s+(?:candidates|applicants))?)\b`, hard: true, message: 'Limiting a job to one gender is unlawful in job ads.', suggestion: 'Remove the gender limit.', source: '42 U.S.C. §2000e-3(b); Directive 2006/54/EC art. 14' },
  { id: 'gender-titles', category: 'gender', pattern: String.raw`\b(?:salesman|chairman|foreman|craftsman|waitress|stewardess|cameraman|handyman|headmaster|spokesman)\b`, hard: false, message: 'A gendered job title suggests who should apply.', suggestion: 'Use a neutral title (salesperson, chair, supervisor, server, flight attendant…).', source: '42 U.S.C. §2000e-3(b); Directive 2006/54/EC art. 14' },
];

/*
 * Gender-coded words: Gaucher, D., Friesen, J., & Kay, A. C. (2011). "Evidence that gendered wording
 * in job advertisements exists and sustains gender inequality." Journal of Personality and Social
 * Psychology, 101(1), 109–128, Appendix A (word stems). Masculine-coded wording made jobs less
 * appealing to women; feminine-coded wording had no such effect on men, so only masculine-coded
 * stems warn. Stems as published in the appendix (a subset of the most common ones in ads).
 */
export const GAUCHER_SOURCE = 'Gaucher, Friesen & Kay (2011), J. Pers. Soc. Psychol. 101(1):109–128, Appendix A';
export const MASCULINE_CODED: ReadonlyArray<[stem: string, suggestion: string]> = [
  ['active', 'engaged'], ['adventurous', 'curious'], ['aggress*', 'proactive'], ['ambitio*', 'motivated'], ['analy*', 'thoughtful'],
  ['assert*', 'clear'], ['athlet*', 'fit for the physical work described'], ['autonom*', 'self-directed'], ['boast*', 'share'],
  ['challeng*', 'interesting problems'], ['compet*', 'high-performing'], ['confident', 'capable'], ['courag*', 'willing'],
  ['decisive', 'thoughtful'], ['determin*', 'dedicated'], ['dominan*', 'leading'], ['force*', 'strong'], ['headstrong', 'committed'],
  ['hierarch*', 'structured'], ['hostil*', 'demanding'], ['impulsive', 'quick'], ['independen*', 'self-directed'], ['individual*', 'personal'],
  ['intellect*', 'thoughtful'], ['lead*', 'guide'], ['logic*', 'reasoned'], ['masculine', '(remove)'], ['objective*', 'fair'],
  ['opinion*', 'views'], ['outspoken', 'candid'], ['persist*', 'committed'], ['principle*', 'values'], ['reckless', 'bold'],
  ['self-confiden*', 'capable'], ['self-relian*', 'resourceful'], ['self-sufficien*', 'resourceful'], ['stubborn', 'committed'],
  ['superior', 'excellent'], ['unreasonab*', 'demanding'],
];
export const FEMININE_CODED: readonly string[] = [
  'affectionate', 'cheer*', 'commit*', 'communal', 'compassion*', 'connect*', 'considerate', 'cooperat*', 'depend*', 'emotiona*',
  'empath*', 'feminine', 'gentle', 'honest', 'interpersonal', 'interdependen*', 'kind', 'kinship', 'loyal*', 'modesty', 'nag',
  'nurtur*', 'pleasant*', 'polite', 'quiet*', 'respon*', 'sensitiv*', 'submissive', 'support*', 'sympath*', 'tender*', 'together*',
  'trust*', 'understand*', 'warm*', 'whin*', 'yield*',
];
