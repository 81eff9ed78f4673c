import {
  AGE_RULES, FEMININE_CODED, GAUCHER_SOURCE, GENDER_LIMIT_RULES, MASCULINE_CODED, NATIONALITY_RULES, type WordingCategory, type WordingRule,
} from './wording-rules.data';

export interface WordingText {
  /** Where the text is, as the client names it (e.g. "description", "creative.headline"). */
  field: string;
  text: string;
}

export interface WordingFinding {
  rule: string;
  category: WordingCategory;
  /** `block`: publishing is refused; `warn`: shown with a suggestion. */
  severity: 'block' | 'warn';
  field: string;
  /** The exact phrase found, and where (UTF-16 offsets into that field's text, for highlighting). */
  phrase: string;
  start: number;
  end: number;
  message: string;
  suggestion: string;
  source: string;
}

export interface WordingContext {
  /** Internship ads may ask for students and recent graduates. */
  internship: boolean;
}

/** Gaucher et al.'s stems as whole-word patterns: `lead*` matches lead, leader, leadership. */
const stemPattern = (stem: string) => String.raw`\b${stem.replace(/\*$/, '').replace(/-/g, '[- ]')}${stem.endsWith('*') ? String.raw`[\p{L}-]*` : ''}\b`;

const MASCULINE_RULES: readonly WordingRule[] = MASCULINE_CODED.map(([stem, suggestion]) => ({
  id: `gender-coded-${stem.replace(/\*$/, '')}`, category: 'gender', pattern: stemPattern(stem), hard: false,
  message: 'Masculine-coded word: such wording makes ads less appealing to women (Gaucher, Friesen & Kay 2011).',
  suggestion: suggestion === '(remove)' ? 'Remove it.' : `Consider "${suggestion}", or balance the ad's wording.`, source: GAUCHER_SOURCE,
}));

const RULES: readonly WordingRule[] = [...AGE_RULES, ...NATIONALITY_RULES, ...GENDER_LIMIT_RULES, ...MASCULINE_RULES];
const COMPILED = RULES.map((rule) => ({ rule, regex: new RegExp(rule.pattern, 'giu') }));
const FEMININE = FEMININE_CODED.map((stem) => new RegExp(stemPattern(stem), 'giu'));

/**
 * Exclusionary wording in each text: explicit limits by age, gender or nationality block; coded
 * wording (age-coded, masculine-coded, citizenship and "native speaker" phrases) warns with a
 * suggestion. Pure; findings are ordered by field, then position.
 */
export function lintWording(texts: readonly WordingText[], context: WordingContext): WordingFinding[] {
  const findings: WordingFinding[] = [];
  for (const { field, text } of texts) {
    const taken: Array<[number, number]> = [];
    for (const { rule, regex } of COMPILED) {
      if (rule.allowedForInternships && context.internship) continue;
      for (const match of text.matchAll(regex)) {
        const start = match.index;
        const end = start + match[0].length;
        // One finding per stretch of text: an explicit limit hides the coded words inside it.
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        findings.push({
          rule: rule.id, category: rule.category, severity: rule.hard ? 'block' : 'warn', field, phrase: match[0], start, end,
          message: rule.message, suggestion: rule.suggestion, source: rule.source,
        });
      }
    }
  }
  return findings.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}

/** Masculine- and feminine-coded word counts over all texts (the job form shows the balance). */
export function genderCodedBalance(texts: readonly WordingText[]): { masculine: number; feminine: number } {
  const count = (patterns: RegExp[]) => texts.reduce((n, { text }) => n + patterns.reduce((m, re) => m + [...text.matchAll(re)].length, 0), 0);
  return { masculine: count(COMPILED.filter(({ rule }) => rule.id.startsWith('gender-coded-')).map(({ regex }) => regex)), feminine: count(FEMININE) };
}
