/** What other parts may use of the seeds: the shape of the admin a boot created (for the start-up summary). */
export type { SeededAdmin } from './admin-seed';
