/**
 * Loaded first by the CLI entry, before any module: Nest modules read APP_ROLE when they are imported
 * (workerProviders), and the CLI must never consume queue jobs or start crons, so it is always an api process.
 */
process.env.APP_ROLE = 'api';
process.env.LOG_LEVEL ??= 'silent';
