/** Enumerations that belong to jobs only (shared ones live in common/enums.ts). */
export const REMOTE_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const EXPERIENCE_LEVELS = ['entry', 'mid', 'senior', 'lead', 'executive'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];
