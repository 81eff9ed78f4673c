import type { EducationLevel } from '../../common/enums';
import { type CreateJobDto, EXPERIENCE_LEVELS, ExperienceLevel, REMOTE_MODES } from '../../jobs';
import type { Availability, SeekingStatus } from '../../candidates';
import type { GeneratedCandidate, GeneratedJob } from '../synthetic-data.port';
import { COUNTRIES, CountryProfile } from './countries';
import { asciiSlug, NamePools } from './name-pools';
import { Random } from './random';
import { EDUCATION_ORDER, EMPLOYMENT_ORDER, RoleFamily, ROLE_FAMILIES } from './role-families';

const DAY = 86_400_000;
const SEEKING: SeekingStatus[] = ['active', 'passive', 'not_looking'];
const AVAILABILITY: Record<SeekingStatus, [Availability[], number[]]> = {
  active: [['immediate', 'two_weeks', 'one_month'], [4, 4, 2]],
  passive: [['two_weeks', 'one_month', 'three_months'], [1, 4, 4]],
  not_looking: [['three_months', 'not_available'], [3, 7]],
};
const SOURCES = ['job_board', 'linkedin', 'referral', 'career_site', 'agency', 'event'];
const SOURCE_WEIGHTS = [30, 25, 15, 15, 10, 5];
const EXPERIENCE_WEIGHTS = [20, 40, 28, 10, 2];
const LEVEL_YEARS: Record<ExperienceLevel, number> = { entry: 1, mid: 4, senior: 8, lead: 12, executive: 18 };
const LEVEL_TITLE: Record<ExperienceLevel, string> = { entry: 'Junior ', mid: '', senior: 'Senior ', lead: 'Lead ', executive: 'Head of ' };

const FAMILY_WEIGHTS = ROLE_FAMILIES.map((f) => f.weight);
/** Country weights per family, computed once. */
const COUNTRY_WEIGHTS = new Map(ROLE_FAMILIES.map((f) => [f.key, COUNTRIES.map((c) => c.weight * (f.countries[c.code] ?? 0.6))]));

/**
 * Deterministic synthetic data: the same seed yields the same jobs and candidates in the same
 * order. Correlations are planted on purpose (see role-families.ts) so segmentation has real
 * structure to find. Emails use example.com (RFC 2606) and are unique per (seed, index).
 */
export class OfflineGenerator {
  private readonly random: Random;
  private readonly names: NamePools;
  private candidateIndex = 0;
  private readonly slugs = new Map<string, string>();
  private jobIndex = 0;

  constructor(
    private readonly seed: number,
    private readonly now: Date = new Date(),
  ) {
    this.random = new Random(seed);
    this.names = new NamePools(seed);
  }

  /** Picks a family and a country the way the pool is distributed (used by the Gemini adapter too). */
  pickProfile(): { family: RoleFamily; country: CountryProfile } {
    const r = this.random;
    const family = ROLE_FAMILIES[r.weighted(FAMILY_WEIGHTS)];
    const country = COUNTRIES[r.weighted(COUNTRY_WEIGHTS.get(family.key)!)];
    return { family, country };
  }

  /** A unique synthetic email for this seed (index-based), from any display name. */
  emailFor(fullName: string, index = this.candidateIndex++): string {
    const parts = fullName.split(/\s+/).filter(Boolean);
    return this.email(parts[0] ?? 'person', parts[parts.length - 1] ?? 'x', index);
  }

  private email(first: string, last: string, index: number): string {
    const local = `${this.slug(first) || 'person'}.${this.slug(last) || 'x'}`.slice(0, 40);
    return `${local}.${this.seed.toString(36)}-${index.toString(36)}@example.com`;
  }

  /** Names come from small pools: slugging each once keeps a million emails cheap. */
  private slug(name: string): string {
    let slug = this.slugs.get(name);
    if (slug === undefined) {
      slug = asciiSlug(name).replace(/-/g, '');
      if (this.slugs.size < 50_000) this.slugs.set(name, slug);
    }
    return slug;
  }

  candidate(): GeneratedCandidate {
    const r = this.random;
    const { family, country } = this.pickProfile();
    const pool = this.names.for(country);
    const first = r.pick(pool.first);
    const last = r.pick(pool.last);
    const fullName = country.locale.startsWith('es') && r.chance(0.6) ? `${first} ${last} ${r.pick(pool.last)}` : `${first} ${last}`;
    const years = clamp(Math.round(r.normal(family.years[0], family.years[1])), 0, 45);
    const [region, cities] = r.pick(country.regions);
    const skills = this.skillsFor(family, years);
    const seekingStatus = SEEKING[r.weighted(family.seeking)];
    const [availabilities, availabilityWeights] = AVAILABILITY[seekingStatus];
    const hasSalary = r.chance(0.9);
    return {
      fullName,
      email: this.email(first, last, this.candidateIndex++),
      phone: r.chance(0.85) ? this.phone(country) : null,
      location: { city: r.chance(0.97) ? r.pick(cities) : null, region, countryCode: country.code },
      yearsExperience: r.chance(0.97) ? years : null,
      educationLevel: r.chance(0.93) ? EDUCATION_ORDER[r.weighted(family.education)] : null,
      skills,
      primarySkill: skills[0],
      desiredSalary: hasSalary ? this.annualPay(family, country, years, 0.18) : null,
      desiredSalaryCurrency: hasSalary ? country.currency : null,
      desiredPosition: `${seniority(years)}${r.pick(family.titles)}`,
      seekingStatus,
      preferredEmploymentType: EMPLOYMENT_ORDER[r.weighted(family.employment)],
      languages: this.languagesFor(family, country),
      availability: availabilities[r.weighted(availabilityWeights)],
      source: SOURCES[r.weighted(SOURCE_WEIGHTS)],
      marketingConsent: r.chance(0.62),
      // Skewed towards recent sign-ups, over two years.
      createdAt: new Date(this.now.getTime() - Math.floor(Math.pow(r.next(), 1.6) * 730 * DAY) - r.int(0, DAY - 1)),
    };
  }

  job(): GeneratedJob {
    const r = this.random;
    const index = this.jobIndex++;
    const { family, country } = this.pickProfile();
    const pool = this.names.for(country);
    const level = EXPERIENCE_LEVELS[r.weighted(EXPERIENCE_WEIGHTS)];
    const title = `${LEVEL_TITLE[level]}${r.pick(family.titles)}`;
    const company = r.pick(pool.companies);
    const [region, cities] = r.pick(country.regions);
    const city = r.pick(cities);
    const pay = this.annualPay(family, country, LEVEL_YEARS[level], 0.08);
    const hasSalary = r.chance(0.8);
    const remoteModes = REMOTE_MODES.filter((m) => family.remote[m]);
    const skills = [...family.coreSkills.slice(0, 3), ...r.sample(family.optionalSkills, r.int(1, 4))];
    const benefits = r.sample(family.benefits, r.int(2, 4));
    const education: EducationLevel | null = r.chance(0.7) ? EDUCATION_ORDER[Math.max(0, r.weighted(family.education) - 1)] : null;
    const createdAt = new Date(this.now.getTime() - r.int(0, 120) * DAY - r.int(0, DAY - 1));
    const job: CreateJobDto = {
      title,
      description: this.description(family, company, city, skills, benefits),
      shortDescription: `${title} at ${company}, ${city}`.slice(0, 150),
      company,
      department: family.department,
      city,
      region,
      countryCode: country.code,
      remote: remoteModes[r.weighted(remoteModes.map((m) => family.remote[m]!))],
      employmentType: EMPLOYMENT_ORDER[r.weighted(family.employment.map((w, i) => (i === 3 && level !== 'entry' ? 0 : w)))],
      experienceLevel: level,
      educationLevel: education,
      skills,
      salaryMin: hasSalary ? roundNice(pay * 0.9) : null,
      salaryMax: hasSalary ? roundNice(pay * 1.15) : null,
      salaryCurrency: hasSalary ? country.currency : null,
      benefits,
      openings: family.key === 'logistics' || family.key === 'customer-support' ? r.int(1, 10) : r.int(1, 3),
      applicationUrl: `https://careers.example.com/${asciiSlug(company).slice(0, 60) || 'company'}/${this.seed.toString(36)}-${index.toString(36)}`,
      closingDate: r.chance(0.7) ? new Date(this.now.getTime() + r.int(20, 90) * DAY).toISOString().slice(0, 10) : null,
      externalRef: null,
    };
    return { job, status: r.chance(0.85) ? 'open' : 'draft', createdAt };
  }

  private skillsFor(family: RoleFamily, years: number): string[] {
    const r = this.random;
    const skills = [family.coreSkills[0], ...family.coreSkills.slice(1).filter(() => r.chance(0.85))];
    const optionalChance = Math.min(0.6, 0.2 + years * 0.025);
    for (const skill of family.optionalSkills) if (r.chance(optionalChance)) skills.push(skill);
    // A little cross-over: people pick up skills from neighbouring roles.
    if (r.chance(0.12)) skills.push(r.pick(r.pick(ROLE_FAMILIES).optionalSkills));
    return [...new Set(skills)].slice(0, 15);
  }

  private languagesFor(family: RoleFamily, country: CountryProfile): string[] {
    const r = this.random;
    const languages = [country.languages[0]];
    for (const other of country.languages.slice(1)) {
      if (other === 'en' ? r.chance(family.english) : r.chance(0.2)) languages.push(other);
    }
    if (!languages.includes('en') && r.chance(family.english * 0.5)) languages.push('en');
    if (r.chance(0.05)) languages.push(r.pick(['fr', 'de', 'it', 'pt', 'es']));
    return [...new Set(languages)];
  }

  /** Annual pay in local currency: family level, country market, experience, personal spread. */
  private annualPay(family: RoleFamily, country: CountryProfile, years: number, spread: number): number {
    const usd = family.payUsd * country.payLevel * Math.pow(1 + family.payGrowth, clamp(years, 0, 25) - 5) * Math.exp(this.random.normal(0, spread));
    return roundNice(usd * country.perUsd);
  }

  private phone(country: CountryProfile): string {
    const r = this.random;
    const [code, length] = country.phone;
    let digits = String(r.int(2, 9));
    while (digits.length < length) digits += String(r.int(0, 9));
    return `+${code} ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  }

  private description(family: RoleFamily, company: string, city: string, skills: string[], benefits: string[]): string {
    const fill = (s: string) => s.replace('{company}', company).replace('{city}', city);
    const duties = this.random.sample(family.duties, 3).map((d) => `- ${fill(d)}`);
    return [
      `${company} is hiring in ${city}.`,
      '',
      'What you will do:',
      ...duties,
      '',
      `What you bring: ${skills.join(', ')}.`,
      `What we offer: ${benefits.join(', ')}.`,
    ].join('\n');
  }
}

function seniority(years: number): string {
  return years < 2 ? 'Junior ' : years < 5 ? '' : years < 10 ? 'Senior ' : 'Lead ';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds pay to three significant digits, like people state it (87 400 → 87 400; 4 123 456 → 4 120 000). */
export function roundNice(value: number): number {
  if (value <= 0) return 0;
  const step = Math.pow(10, Math.max(0, Math.floor(Math.log10(value)) - 2));
  return Math.round(value / step) * step;
}
