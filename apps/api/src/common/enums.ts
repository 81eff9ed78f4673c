/**
 * Enumerations shared by more than one feature (jobs and candidates). A feature's own enums
 * stay in its module; only values two modules must agree on live here.
 */

/** Highest completed education, ordered from lowest to highest (segmentation encodes it as an ordinal). */
export const EDUCATION_LEVELS = ['none', 'high_school', 'vocational', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Kind of contract: what a job offers and what a candidate prefers. */
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
