/** What other modules may use of data generation: the seeds build demo jobs with the offline generator. */
export { OfflineGenerator } from './offline/offline-generator';
export { validateGeneratedJob } from './validate-generated-job';
