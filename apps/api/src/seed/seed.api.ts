/** What other parts may use of the seeds: the shape of the admin a boot created (for the start-up summary). */
export type { SeededAdmin } from './admin-seed';
// `adflux db seed` loads the same synthetic data as `npm run seed`.
export { loadMetrics, loadPeople, type SeedOptions } from './seed-runner';
