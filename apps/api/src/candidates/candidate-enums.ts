/** Enumerations that belong to candidates only (shared ones live in common/enums.ts). */
export const SEEKING_STATUSES = ['active', 'passive', 'not_looking'] as const;
export type SeekingStatus = (typeof SEEKING_STATUSES)[number];

/** How soon the candidate could start. */
export const AVAILABILITIES = ['immediate', 'two_weeks', 'one_month', 'three_months', 'not_available'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
