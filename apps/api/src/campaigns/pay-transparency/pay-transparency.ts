import { PAY_TRANSPARENCY_RULES, type PayTransparencyRule } from './pay-transparency.rules';

/**
 * A place an ad reaches. `region`: a state/province name or code; '*' = the whole country (a
 * country-wide target, a remote job); null = somewhere in the country, region unknown (a city).
 */
export interface AdPlace {
  countryCode: string;
  region: string | null;
}

export interface PaySalary {
  min: number | null;
  max: number | null;
}

export interface PayTransparencyFinding {
  rule: string;
  jurisdiction: string;
  law: string;
  /** `block`: the law requires it in the ad and is in force; `warn` otherwise. */
  severity: 'block' | 'warn';
  field: 'job.salary';
  message: string;
}

const norm = (s: string) => s.trim().toLowerCase();

function reaches(rule: PayTransparencyRule, place: AdPlace): boolean {
  if (rule.country !== place.countryCode) return false;
  if (!rule.region || place.region === '*') return true;
  return place.region !== null && rule.region.names.some((n) => norm(n) === norm(place.region!));
}

const hasWhatItNeeds = (rule: PayTransparencyRule, salary: PaySalary | null) =>
  !!salary && salary.min !== null && (rule.requires === 'minimum' || salary.max !== null);

/**
 * The pay-transparency rules in force on `today` (YYYY-MM-DD) wherever the ad reaches, that the
 * job's salary does not satisfy. Blocking only where the law certainly requires it in the ad.
 */
export function checkPayTransparency(salary: PaySalary | null, places: readonly AdPlace[], today: string, rules = PAY_TRANSPARENCY_RULES): PayTransparencyFinding[] {
  return rules
    .filter((rule) => rule.effectiveFrom <= today && places.some((p) => reaches(rule, p)) && !hasWhatItNeeds(rule, salary))
    .map((rule) => {
      const block = rule.where === 'ad' && rule.status === 'in-force';
      const what = rule.requires === 'range' ? 'a salary range (minimum and maximum)' : 'at least the minimum pay';
      const where = rule.where === 'ad' ? 'in the job ad' : 'to applicants before the interview (the ad is the simplest place)';
      const who = rule.employers ? ` It applies to employers with ${rule.employers}; AdFlux cannot tell your size, so it assumes it applies.` : '';
      const unsure = rule.status === 'unverified' ? ` ${rule.note ?? 'Status not confirmed.'}` : '';
      return {
        rule: rule.id, jurisdiction: rule.jurisdiction, law: rule.law, severity: block ? 'block' : 'warn', field: 'job.salary',
        message: `${rule.jurisdiction} (${rule.law}) requires ${what} ${where}.${who}${unsure}`,
      } satisfies PayTransparencyFinding;
    });
}
