import type { CreateJob, EducationLevel, EmploymentType, ExperienceLevel, Job, RemoteMode, UpdateJob } from '../../api/hooks/jobs';

/**
 * The job form in people's terms (text fields, comma-separated lists) and its translation to the
 * API's flat body. `validateJobForm` mirrors the API's rules (CreateJobDto + job-rules) so most
 * mistakes are caught before a request; the API's own field errors are still shown on the fields.
 */
export const LIMITS = {
  title: 200,
  description: 20000,
  shortDescription: 150,
  company: 200,
  department: 120,
  city: 120,
  region: 120,
  applicationUrl: 2048,
  externalRef: 100,
  skills: 50,
  skill: 60,
  benefits: 30,
  benefit: 200,
  openingsMax: 10000,
  salaryMax: 1_000_000_000_000,
} as const;

export const REMOTE_LABELS: Record<RemoteMode, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };
export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};
export const EXPERIENCE_LABELS: Record<ExperienceLevel, string> = {
  entry: 'Entry',
  mid: 'Mid',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
};
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'None',
  high_school: 'High school',
  vocational: 'Vocational',
  associate: 'Associate',
  bachelor: 'Bachelor',
  master: 'Master',
  doctorate: 'Doctorate',
};

export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export interface JobFormValues {
  title: string;
  company: string;
  department: string;
  shortDescription: string;
  description: string;
  city: string;
  region: string;
  countryCode: string;
  remote: RemoteMode;
  employmentType: EmploymentType;
  experienceLevel: ExperienceLevel;
  /** '' = not specified */
  educationLevel: EducationLevel | '';
  /** comma-separated */
  skills: string;
  /** one per line */
  benefits: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  openings: string;
  applicationUrl: string;
  closingDate: string;
  externalRef: string;
}

/** Field names are the API's, so client and API errors land on the same field. */
export type JobField = keyof CreateJob;
export type JobFormErrors = Partial<Record<JobField, string>>;

/** In the order the form shows them (the first invalid one gets the focus). */
export const FIELDS_IN_ORDER: readonly JobField[] = [
  'title',
  'company',
  'department',
  'shortDescription',
  'description',
  'city',
  'region',
  'countryCode',
  'remote',
  'employmentType',
  'experienceLevel',
  'educationLevel',
  'skills',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'benefits',
  'openings',
  'applicationUrl',
  'closingDate',
  'externalRef',
];

export function emptyJobForm(): JobFormValues {
  return {
    title: '',
    company: '',
    department: '',
    shortDescription: '',
    description: '',
    city: '',
    region: '',
    countryCode: '',
    remote: 'onsite',
    employmentType: 'full_time',
    experienceLevel: 'mid',
    educationLevel: '',
    skills: '',
    benefits: '',
    salaryMin: '',
    salaryMax: '',
    salaryCurrency: '',
    openings: '1',
    applicationUrl: '',
    closingDate: '',
    externalRef: '',
  };
}

export function jobToForm(job: Job): JobFormValues {
  return {
    title: job.title,
    company: job.company,
    department: job.department ?? '',
    shortDescription: job.shortDescription,
    description: job.description,
    city: job.location.city ?? '',
    region: job.location.region ?? '',
    countryCode: job.location.countryCode,
    remote: job.remote,
    employmentType: job.employmentType,
    experienceLevel: job.experienceLevel,
    educationLevel: job.educationLevel ?? '',
    skills: job.skills.join(', '),
    benefits: job.benefits.join('\n'),
    salaryMin: job.salary?.min != null ? String(job.salary.min) : '',
    salaryMax: job.salary?.max != null ? String(job.salary.max) : '',
    salaryCurrency: job.salary?.currency ?? '',
    openings: String(job.openings),
    applicationUrl: job.applicationUrl ?? '',
    closingDate: job.closingDate ?? '',
    externalRef: job.externalRef ?? '',
  };
}

/** Today's calendar date in UTC, which the API compares closing dates with. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

const splitSkills = (text: string) => [...new Set(text.split(',').map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
const splitLines = (text: string) => [...new Set(text.split('\n').map((s) => s.trim()).filter(Boolean))];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const WHOLE = /^\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export interface ValidateOptions {
  today?: string;
  /** The closing date as stored: the API only checks a date that is sent, so an unchanged past date is fine on edit. */
  storedClosingDate?: string | null;
}

/** Client-side mirror of the API's validation; empty when the form can be sent. */
export function validateJobForm(v: JobFormValues, { today = todayUtc(), storedClosingDate }: ValidateOptions = {}): JobFormErrors {
  const e: JobFormErrors = {};
  const required = (field: 'title' | 'company' | 'shortDescription' | 'description', label: string) => {
    const text = v[field].trim();
    if (!text) e[field] = `Enter ${label}.`;
    else if (text.length > LIMITS[field]) e[field] = `Use at most ${LIMITS[field]} characters (now ${text.length}).`;
  };
  required('title', 'a title');
  required('company', 'the company');
  required('shortDescription', 'a short description for ads');
  required('description', 'a description');
  for (const field of ['department', 'city', 'region', 'externalRef'] as const) {
    if (v[field].trim().length > LIMITS[field]) e[field] = `Use at most ${LIMITS[field]} characters.`;
  }

  const country = v.countryCode.trim();
  if (!country) e.countryCode = 'Enter a country code.';
  else if (!/^[A-Za-z]{2}$/.test(country)) e.countryCode = 'Use the 2-letter ISO country code (e.g. DE, US).';

  const skills = splitSkills(v.skills);
  if (skills.length > LIMITS.skills) e.skills = `List at most ${LIMITS.skills} skills.`;
  else if (skills.some((s) => s.length > LIMITS.skill)) e.skills = `Each skill can have at most ${LIMITS.skill} characters.`;
  const benefits = splitLines(v.benefits);
  if (benefits.length > LIMITS.benefits) e.benefits = `List at most ${LIMITS.benefits} benefits.`;
  else if (benefits.some((b) => b.length > LIMITS.benefit)) e.benefits = `Each benefit can have at most ${LIMITS.benefit} characters.`;

  const money = (field: 'salaryMin' | 'salaryMax') => {
    const text = v[field].trim();
    if (!text) return null;
    if (!WHOLE.test(text)) {
      e[field] = 'Enter a whole amount (no decimals or separators).';
      return null;
    }
    const n = Number(text);
    if (n > LIMITS.salaryMax) {
      e[field] = 'That amount is too large.';
      return null;
    }
    return n;
  };
  const min = money('salaryMin');
  const max = money('salaryMax');
  if (min !== null && max !== null && min > max) e.salaryMax = 'The maximum must be at least the minimum.';
  const currency = v.salaryCurrency.trim();
  const hasAmount = v.salaryMin.trim() !== '' || v.salaryMax.trim() !== '';
  if (hasAmount && !currency) e.salaryCurrency = 'Choose the currency of the salary.';
  else if (currency && !/^[A-Za-z]{3}$/.test(currency)) e.salaryCurrency = 'Use the 3-letter ISO currency code (e.g. EUR).';
  else if (currency && !hasAmount) e.salaryCurrency = 'Enter a minimum or maximum salary, or leave the currency empty.';

  const openings = v.openings.trim();
  if (!openings) e.openings = 'Enter how many people to hire.';
  else if (!WHOLE.test(openings) || Number(openings) < 1 || Number(openings) > LIMITS.openingsMax) e.openings = `Enter a whole number from 1 to ${LIMITS.openingsMax}.`;

  const url = v.applicationUrl.trim();
  if (url) {
    if (url.length > LIMITS.applicationUrl) e.applicationUrl = `Use at most ${LIMITS.applicationUrl} characters.`;
    else if (!isHttpsUrl(url)) e.applicationUrl = 'Enter an https:// address (e.g. https://careers.example.com/jobs/42).';
  }

  const closing = v.closingDate.trim();
  if (closing) {
    if (!isRealDay(closing)) e.closingDate = 'Enter a real date (YYYY-MM-DD).';
    else if (closing < today && closing !== storedClosingDate) e.closingDate = 'The closing date must be today or later.';
  }
  return e;
}

/** The POST body (whitespace trimmed, codes uppercased, empty optional fields left out). */
export function formToCreateBody(v: JobFormValues): CreateJob {
  const body: CreateJob = {
    title: v.title.trim(),
    company: v.company.trim(),
    shortDescription: v.shortDescription.trim(),
    description: v.description.trim(),
    countryCode: v.countryCode.trim().toUpperCase(),
    remote: v.remote,
    employmentType: v.employmentType,
    experienceLevel: v.experienceLevel,
    skills: splitSkills(v.skills),
    benefits: splitLines(v.benefits),
    openings: Number(v.openings.trim()),
  };
  const optional = {
    department: orNull(v.department),
    city: orNull(v.city),
    region: orNull(v.region),
    educationLevel: v.educationLevel || null,
    salaryMin: v.salaryMin.trim() ? Number(v.salaryMin.trim()) : null,
    salaryMax: v.salaryMax.trim() ? Number(v.salaryMax.trim()) : null,
    salaryCurrency: orNull(v.salaryCurrency)?.toUpperCase() ?? null,
    applicationUrl: orNull(v.applicationUrl),
    closingDate: orNull(v.closingDate),
    externalRef: orNull(v.externalRef),
  } satisfies Partial<CreateJob>;
  for (const [key, value] of Object.entries(optional)) if (value !== null) (body as Record<string, unknown>)[key] = value;
  return body;
}

/** The PATCH body: only what changed since `initial`; a cleared optional field is sent as null. */
export function formToPatch(initial: JobFormValues, v: JobFormValues): UpdateJob {
  const before = fullBody(initial);
  const after = fullBody(v);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof UpdateJob)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  // The API needs the salary's three parts together to check them against each other.
  if ('salaryMin' in patch || 'salaryMax' in patch || 'salaryCurrency' in patch) {
    patch.salaryMin = after.salaryMin;
    patch.salaryMax = after.salaryMax;
    patch.salaryCurrency = after.salaryCurrency;
  }
  return patch as UpdateJob;
}

function fullBody(v: JobFormValues): Required<{ [K in keyof CreateJob]: CreateJob[K] | null }> {
  const body = formToCreateBody(v);
  return {
    ...body,
    department: body.department ?? null,
    city: body.city ?? null,
    region: body.region ?? null,
    educationLevel: body.educationLevel ?? null,
    salaryMin: body.salaryMin ?? null,
    salaryMax: body.salaryMax ?? null,
    salaryCurrency: body.salaryCurrency ?? null,
    applicationUrl: body.applicationUrl ?? null,
    closingDate: body.closingDate ?? null,
    externalRef: body.externalRef ?? null,
    skills: body.skills ?? [],
    benefits: body.benefits ?? [],
    openings: body.openings ?? 1,
  };
}
