import type { FieldError } from '../common/problem';

/** The fields the cross-field rules look at, after a PATCH is merged into the stored job. */
export interface JobRuleFields {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  closingDate: string | null;
}

/** Today's calendar date in UTC (YYYY-MM-DD), which closing dates are compared with. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Rules no single-field validator can express. `given` lists the fields the request sent, so an
 * error names the field the caller changed (a PATCH of salaryMin above the stored salaryMax
 * names salaryMin). A closing date is only checked when sent: an old job may keep a past one.
 */
export function jobRuleErrors(job: JobRuleFields, given: ReadonlySet<string>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency } = job;
  if (min !== null && max !== null && min > max) {
    errors.push(given.has('salaryMax') || !given.has('salaryMin')
      ? { field: 'salaryMax', message: 'must be greater than or equal to salaryMin' }
      : { field: 'salaryMin', message: 'must be less than or equal to salaryMax' });
  }
  if ((min !== null || max !== null) && currency === null) {
    errors.push({ field: 'salaryCurrency', message: 'is required when salaryMin or salaryMax is set' });
  }
  if (min === null && max === null && currency !== null) {
    errors.push({ field: 'salaryCurrency', message: 'needs salaryMin or salaryMax (send null for all three to remove the salary)' });
  }
  if (given.has('closingDate') && job.closingDate !== null && job.closingDate < today) {
    errors.push({ field: 'closingDate', message: 'must not be in the past' });
  }
  return errors;
}
