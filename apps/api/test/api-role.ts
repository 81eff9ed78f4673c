/**
 * Import first in a spec whose application must really be an api process (no queue consumers, no crons):
 * Nest modules choose their processors when they are imported (workerProviders), which is before
 * createTestApp({ APP_ROLE: 'api' }) sets the role, so without this the app still consumes its queues.
 */
process.env.APP_ROLE = 'api';
