import type { Availability, EducationLevel, EmploymentType, SeekingStatus } from '../../api/hooks/candidates';

export const SEEKING_LABELS: Record<SeekingStatus, string> = { active: 'Actively looking', passive: 'Open to offers', not_looking: 'Not looking' };
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  none: 'None',
  high_school: 'High school',
  vocational: 'Vocational',
  associate: 'Associate',
  bachelor: 'Bachelor',
  master: 'Master',
  doctorate: 'Doctorate',
};
export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  full_time: 'Full time',
  part_time: 'Part time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  immediate: 'Immediately',
  two_weeks: 'In two weeks',
  one_month: 'In a month',
  three_months: 'In three months',
  not_available: 'Not available',
};

/** `<select>` options for an enum, with a leading empty choice. */
export function optionsOf<V extends string>(labels: Record<V, string>, emptyLabel: string) {
  return [{ value: '', label: emptyLabel }, ...(Object.entries(labels) as Array<[V, string]>).map(([value, label]) => ({ value, label }))];
}

export function formatLocation(location: { city: string | null; region: string | null; countryCode: string | null }): string {
  return [location.city, location.region, location.countryCode].filter(Boolean).join(', ') || '—';
}

const count = new Intl.NumberFormat();
export const formatCount = (n: number) => count.format(n);
