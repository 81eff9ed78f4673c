import type { Candidate, CreateCandidate } from '../../api/hooks/candidates';

/** The candidate form's state: every input as the text the user typed. */
export interface CandidateFormValues {
  fullName: string;
  email: string;
  phone: string;
  city: string;
  region: string;
  countryCode: string;
  yearsExperience: string;
  educationLevel: string;
  skills: string;
  primarySkill: string;
  desiredPosition: string;
  desiredSalary: string;
  desiredSalaryCurrency: string;
  seekingStatus: string;
  preferredEmploymentType: string;
  languages: string;
  availability: string;
  source: string;
  marketingConsent: boolean;
}

export const emptyCandidateForm: CandidateFormValues = {
  fullName: '',
  email: '',
  phone: '',
  city: '',
  region: '',
  countryCode: '',
  yearsExperience: '',
  educationLevel: '',
  skills: '',
  primarySkill: '',
  desiredPosition: '',
  desiredSalary: '',
  desiredSalaryCurrency: '',
  seekingStatus: '',
  preferredEmploymentType: '',
  languages: '',
  availability: '',
  source: '',
  marketingConsent: false,
};

export function formFromCandidate(c: Candidate): CandidateFormValues {
  return {
    fullName: c.fullName,
    email: c.email,
    phone: c.phone ?? '',
    city: c.location.city ?? '',
    region: c.location.region ?? '',
    countryCode: c.location.countryCode ?? '',
    yearsExperience: c.yearsExperience === null ? '' : String(c.yearsExperience),
    educationLevel: c.educationLevel ?? '',
    skills: c.skills.join(', '),
    primarySkill: c.primarySkill ?? '',
    desiredPosition: c.desiredPosition ?? '',
    desiredSalary: c.desiredSalary === null ? '' : String(c.desiredSalary),
    desiredSalaryCurrency: c.desiredSalaryCurrency ?? '',
    seekingStatus: c.seekingStatus ?? '',
    preferredEmploymentType: c.preferredEmploymentType ?? '',
    languages: c.languages.join(', '),
    availability: c.availability ?? '',
    source: c.source ?? '',
    marketingConsent: c.marketingConsent,
  };
}

const text = (value: string) => value.trim() || null;
const list = (value: string) =>
  value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
/** Whole numbers stay numbers; anything else goes as typed so the API names the problem on its field. */
const integer = (value: string): number | null => {
  const t = value.trim();
  if (t === '') return null;
  return /^[+-]?\d+$/.test(t) ? Number(t) : (t as unknown as number);
};

/**
 * The request body (create, or a full PATCH). Cleared inputs become null. The contract currently types
 * several nullable string fields (phone, primarySkill, location parts…) as objects, hence the one cast.
 */
export function candidateBody(v: CandidateFormValues): CreateCandidate {
  const body = {
    fullName: v.fullName.trim(),
    email: v.email.trim(),
    phone: text(v.phone),
    location: { city: text(v.city), region: text(v.region), countryCode: text(v.countryCode.toUpperCase()) },
    yearsExperience: integer(v.yearsExperience),
    educationLevel: v.educationLevel || null,
    skills: list(v.skills),
    primarySkill: text(v.primarySkill),
    desiredPosition: text(v.desiredPosition),
    desiredSalary: integer(v.desiredSalary),
    desiredSalaryCurrency: text(v.desiredSalaryCurrency.toUpperCase()),
    seekingStatus: v.seekingStatus || null,
    preferredEmploymentType: v.preferredEmploymentType || null,
    languages: list(v.languages).map((l) => l.toLowerCase()),
    availability: v.availability || null,
    source: text(v.source),
    marketingConsent: v.marketingConsent,
  };
  return body as unknown as CreateCandidate;
}

/** Client checks before sending (the API checks everything again). */
export function validateCandidateForm(v: CandidateFormValues): Partial<Record<keyof CandidateFormValues, string>> {
  const errors: Partial<Record<keyof CandidateFormValues, string>> = {};
  if (!v.fullName.trim()) errors.fullName = 'Enter the candidate’s name.';
  if (!v.email.trim()) errors.email = 'Enter an email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = 'Enter a valid email address.';
  return errors;
}
