/** The roles a person (or an API token acting for one) can have; the one definition of Role. */
export const ROLES = ['admin', 'recruiter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
