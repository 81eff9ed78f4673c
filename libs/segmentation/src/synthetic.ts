// Seeded synthetic candidates with planted structure (role archetypes): for tests, benchmarks and
// demo data. Each archetype has its own skills, experience, salary, countries and status mix.
import { createRng } from './random';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SEEKING_STATUSES } from './types';
import type { CandidateFeatures } from './types';

export interface Archetype {
  name: string;
  coreSkills: string[];
  optionalSkills: string[];
  /** Mean and standard deviation of years of experience. */
  years: [number, number];
  /** Median desired salary in USD per year. */
  salaryUsd: number;
  /** Country codes with weights. */
  countries: Array<[string, number]>;
  /** Weights of active, passive, not_looking. */
  seeking: [number, number, number];
  /** Index into EMPLOYMENT_TYPES of the usual preference. */
  employment: number;
  /** Index into EDUCATION_LEVELS of the usual level. */
  education: number;
  /** Relative share of the pool (default: every archetype equally likely). */
  weight?: number;
}

export const COUNTRY_INFO: Record<string, { currency: string; regions: string[] }> = {
  CO: { currency: 'COP', regions: ['Antioquia', 'Bogotá D.C.', 'Valle del Cauca'] },
  MX: { currency: 'MXN', regions: ['Ciudad de México', 'Jalisco', 'Nuevo León'] },
  BR: { currency: 'BRL', regions: ['São Paulo', 'Rio de Janeiro', 'Minas Gerais'] },
  AR: { currency: 'ARS', regions: ['Buenos Aires', 'Córdoba', 'Santa Fe'] },
  ES: { currency: 'EUR', regions: ['Madrid', 'Cataluña', 'Andalucía'] },
  US: { currency: 'USD', regions: ['California', 'Texas', 'New York'] },
  CL: { currency: 'CLP', regions: ['Santiago', 'Valparaíso'] },
  PE: { currency: 'PEN', regions: ['Lima', 'Arequipa'] },
};

/** Value of one unit of each currency in USD (a fixed table, as a caller would pass). */
export const SYNTHETIC_RATES = { base: 'USD', rates: { USD: 1, COP: 0.00025, MXN: 0.055, BRL: 0.19, ARS: 0.001, EUR: 1.08, CLP: 0.0011, PEN: 0.27 } };

export const DEFAULT_ARCHETYPES: Archetype[] = [
  { name: 'java-backend', coreSkills: ['Java', 'Spring', 'SQL'], optionalSkills: ['Kubernetes', 'Kafka', 'AWS', 'Microservices'], years: [7, 2], salaryUsd: 60000, countries: [['CO', 6], ['MX', 2], ['AR', 1]], seeking: [6, 3, 1], employment: 0, education: 4 },
  { name: 'react-frontend', coreSkills: ['React', 'TypeScript', 'CSS'], optionalSkills: ['Next.js', 'Redux', 'Figma', 'GraphQL'], years: [3, 1.5], salaryUsd: 40000, countries: [['MX', 5], ['CO', 2], ['BR', 2]], seeking: [7, 2, 1], employment: 0, education: 4 },
  { name: 'data-science', coreSkills: ['Python', 'Machine Learning', 'Pandas'], optionalSkills: ['SQL', 'TensorFlow', 'Spark', 'Statistics'], years: [5, 2], salaryUsd: 70000, countries: [['ES', 5], ['US', 3], ['AR', 1]], seeking: [3, 5, 2], employment: 0, education: 5 },
  { name: 'nursing', coreSkills: ['Patient Care', 'Nursing', 'First Aid'], optionalSkills: ['ICU', 'Pediatrics', 'Phlebotomy'], years: [10, 4], salaryUsd: 30000, countries: [['ES', 6], ['CL', 2], ['PE', 1]], seeking: [2, 6, 2], employment: 0, education: 4 },
  { name: 'sales', coreSkills: ['Sales', 'Negotiation', 'CRM'], optionalSkills: ['Salesforce', 'Cold Calling', 'B2B', 'Excel'], years: [4, 2], salaryUsd: 25000, countries: [['BR', 6], ['MX', 3]], seeking: [8, 1, 1], employment: 2, education: 1 },
  { name: 'devops', coreSkills: ['Kubernetes', 'Terraform', 'AWS'], optionalSkills: ['Docker', 'Linux', 'CI/CD', 'Go'], years: [8, 3], salaryUsd: 80000, countries: [['US', 5], ['AR', 3], ['CO', 1]], seeking: [3, 5, 2], employment: 2, education: 4 },
  { name: 'accounting', coreSkills: ['Accounting', 'Excel', 'Tax'], optionalSkills: ['SAP', 'IFRS', 'Payroll'], years: [12, 5], salaryUsd: 35000, countries: [['PE', 5], ['CO', 3], ['CL', 2]], seeking: [2, 4, 4], employment: 0, education: 4 },
  { name: 'logistics', coreSkills: ['Forklift', 'Warehouse', 'Inventory'], optionalSkills: ['Driving License', 'Shipping', 'Excel'], years: [2, 1.5], salaryUsd: 15000, countries: [['MX', 5], ['BR', 4]], seeking: [8, 1, 1], employment: 4, education: 1 },
  { name: 'design', coreSkills: ['Figma', 'UX Research', 'Prototyping'], optionalSkills: ['Illustrator', 'CSS', 'Design Systems'], years: [4, 2], salaryUsd: 45000, countries: [['AR', 5], ['ES', 3]], seeking: [4, 4, 2], employment: 2, education: 4 },
  { name: 'customer-support', coreSkills: ['Customer Service', 'Zendesk', 'English'], optionalSkills: ['Spanish', 'Portuguese', 'Ticketing'], years: [1, 1], salaryUsd: 12000, countries: [['CO', 5], ['PE', 3], ['MX', 2]], seeking: [9, 1, 0], employment: 1, education: 1 },
];

/** Skills anyone may list, and a long tail of rare ones (as real profiles have). */
const COMMON_SKILLS = ['English', 'Communication', 'Teamwork', 'Excel', 'Leadership'];
const TAIL_SIZE = 400;

export interface SyntheticOptions {
  seed?: number;
  archetypes?: Archetype[];
  /** Probability that any one field is missing (default 0.05). */
  missingRate?: number;
  /** Multiplies the spread of numbers and the rate of off-archetype traits (default 1). */
  noise?: number;
}

export interface SyntheticData {
  candidates: CandidateFeatures[];
  /** Index of the archetype each candidate was drawn from. */
  truth: Int32Array;
}

export function generateSyntheticCandidates(n: number, options: SyntheticOptions = {}): SyntheticData {
  const rng = createRng(options.seed ?? 1);
  const archetypes = options.archetypes ?? DEFAULT_ARCHETYPES;
  const missing = options.missingRate ?? 0.05;
  const noise = options.noise ?? 1;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const weighted = (weights: readonly number[]): number => {
    let r = rng() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const orMissing = <T>(value: T): T | null => (rng() < missing ? null : value);
  const tail = Array.from({ length: TAIL_SIZE }, (_, i) => `Niche Skill ${i + 1}`);
  // Uniform unless a weight is given (the uniform draw keeps older seeds' pools unchanged).
  const shares = archetypes.some((a) => a.weight !== undefined) ? archetypes.map((a) => a.weight ?? 1) : null;
  const truth = new Int32Array(n);
  const candidates: CandidateFeatures[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = shares === null ? Math.floor(rng() * archetypes.length) : weighted(shares);
    const arch = archetypes[a];
    truth[i] = a;
    const country = arch.countries[weighted(arch.countries.map(([, w]) => w))][0];
    const info = COUNTRY_INFO[country] ?? { currency: 'USD', regions: ['Capital'] };
    const years = Math.max(0, Math.round((arch.years[0] + gauss() * arch.years[1] * noise) * 2) / 2);
    const usd = arch.salaryUsd * Math.exp(gauss() * 0.25 * noise) * (1 + 0.04 * years);
    const inUsd = rng() < 0.1; // some people state salaries in USD whatever their country
    const currency = inUsd ? 'USD' : info.currency;
    const rate = (SYNTHETIC_RATES.rates as Record<string, number>)[currency];
    const skills = arch.coreSkills.filter(() => rng() < 1 - 0.15 * noise);
    for (const s of arch.optionalSkills) if (rng() < 0.35) skills.push(s);
    for (const s of COMMON_SKILLS) if (rng() < 0.2) skills.push(s);
    if (rng() < 0.3 * noise) skills.push(tail[Math.floor(TAIL_SIZE * rng() ** 3)]);
    const off = () => rng() < 0.1 * noise;
    candidates[i] = {
      id: `c${i}`,
      yearsExperience: orMissing(years),
      desiredSalary: orMissing(Math.round(usd / rate / 100) * 100),
      desiredSalaryCurrency: currency,
      educationLevel: orMissing(EDUCATION_LEVELS[off() ? weighted([1, 2, 1, 1, 2, 1, 0.3]) : arch.education]),
      seekingStatus: orMissing(SEEKING_STATUSES[weighted(arch.seeking)]),
      preferredEmploymentType: orMissing(EMPLOYMENT_TYPES[off() ? Math.floor(rng() * 5) : arch.employment]),
      countryCode: orMissing(country),
      region: orMissing(pick(info.regions)),
      skills: rng() < missing ? [] : skills,
    };
  }
  return { candidates, truth };
}
