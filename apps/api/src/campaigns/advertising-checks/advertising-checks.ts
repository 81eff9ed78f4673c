import { lintWording, type WordingFinding } from '../../creatives/creatives.api';
import type { FieldError } from '../../common/problem';
import type { JobForAds } from '../../jobs';
import type { CampaignCreative } from '../entities/campaign.entity';
import { checkPayTransparency, type AdPlace, type PayTransparencyFinding } from '../pay-transparency/pay-transparency';

/** One explained check, as the wizard's Review step and the job's advertising checks show it. */
export interface AdvertisingCheck {
  id: string;
  title: string;
  /** The rule in words: what it requires and why. */
  explanation: string;
  status: 'passed' | 'warning' | 'failed';
  findings: CheckFinding[];
}

export interface CheckFinding {
  field: string;
  message: string;
  severity: 'block' | 'warn';
  /** Wording findings: the phrase (and where it is) and what to write instead. */
  phrase?: string;
  start?: number;
  end?: number;
  suggestion?: string;
}

export function check(id: string, title: string, explanation: string, findings: CheckFinding[]): AdvertisingCheck {
  const status = findings.some((f) => f.severity === 'block') ? 'failed' : findings.length ? 'warning' : 'passed';
  return { id, title, explanation, status, findings };
}

export function payTransparencyCheck(salary: JobForAds['salary'], places: readonly AdPlace[], today: string): AdvertisingCheck {
  const findings = checkPayTransparency(salary, places, today).map((f: PayTransparencyFinding) => ({ field: f.field, message: `${f.rule}: ${f.message}`, severity: f.severity }));
  return check('pay-transparency', 'Pay transparency',
    'Some US states, Canadian provinces and EU countries require the pay range in job ads (or before the interview). Publishing is refused where the law requires it in the ad.', findings);
}

/** The texts an ad shows: the creative, plus the job title and summary it links to. */
export function wordingCheck(job: Pick<JobForAds, 'title' | 'shortDescription' | 'employmentType'>, creative?: Partial<CampaignCreative>): AdvertisingCheck {
  const texts = [
    { field: 'job.title', text: job.title },
    { field: 'job.shortDescription', text: job.shortDescription },
    ...(['headline', 'primaryText', 'description'] as const).map((f) => ({ field: `creative.${f}`, text: creative?.[f] ?? '' })),
  ];
  const findings = lintWording(texts, { internship: job.employmentType === 'internship' }).map((f: WordingFinding) => ({
    field: f.field, message: `${f.message} (${f.source})`, severity: f.severity, phrase: f.phrase, start: f.start, end: f.end, suggestion: f.suggestion,
  }));
  return check('inclusive-wording', 'Inclusive wording',
    'Age-coded ("young", "digital native", "recent graduate"), gender-coded and nationality wording discourages qualified applicants; explicit limits by age, gender or nationality are unlawful and block publishing.', findings);
}

/** The blocking findings of checks, as the 422 publish refusal lists them. */
export const blockingErrors = (checks: readonly AdvertisingCheck[]): FieldError[] =>
  checks.flatMap((c) => c.findings.filter((f) => f.severity === 'block').map((f) => ({ field: f.field, message: f.phrase ? `"${f.phrase}": ${f.message}` : f.message })));
